package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code posdx} in this JVM with in-memory standard streams: fast, for most CLI tests. */
final class Cli {

  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run did. */
  record Run(int status, String stdout, String stderr) {
    List<String> lines() {
      List<String> lines = new ArrayList<>(List.of(stdout.split("\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      return lines;
    }

    List<JsonNode> jsonLines() {
      return lines().stream().map(Cli::parse).toList();
    }

    JsonNode json() {
      return parse(stdout);
    }

    String all() {
      return stdout + stderr;
    }
  }

  private Cli() {}

  static Run run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), args);
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PosdxCommand.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}
