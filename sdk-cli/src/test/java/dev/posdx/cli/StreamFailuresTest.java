package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a gateway pairing output with input by position relies on: one hostile line stays that
 * line's error, a stream that fails ends with a final error line and status 3, a reader that
 * closes the pipe ends the run quietly, and command-line mistakes are status 2.
 */
class StreamFailuresTest {

  private static final String GOOD = "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\"}";

  /** Lines that once escaped the per-line guard (a number Jackson hands to BigDecimal). */
  private static final List<String> HOSTILE = List.of(
      "{\"network\":\"VISA\",\"responseCode\":\"05\",\"amount\":1e9999999999}",
      "{\"network\":\"VISA\",\"responseCode\":\"05\",\"amount\":1E-9999999999,\"currency\":\"USD\"}",
      "{\"network\":\"VISA\",\"responseCode\":\"05\",\"latencyMs\":1e9999999999}",
      "[1e9999999999]",
      "{\"terminal\":{\"latencyMs\":-1e2147483648}}");

  @Test
  void aHostileNumberIsThatLinesErrorAndEveryOtherLineKeepsItsPosition() {
    Random random = new Random(20261205L);
    StringBuilder input = new StringBuilder();
    int lines = 1_000;
    boolean[] hostile = new boolean[lines + 1];
    for (int line = 1; line <= lines; line++) {
      hostile[line] = random.nextInt(20) == 0;
      input.append(hostile[line] ? HOSTILE.get(random.nextInt(HOSTILE.size())) : GOOD).append('\n');
    }
    Cli.Run one = Cli.run(input.toString(), "diagnose", "--jsonl", "--locale", "en", "--threads", "1");
    for (String threads : new String[] {"1", "2", "8"}) {
      Cli.Run run = Cli.run(input.toString(), "diagnose", "--jsonl", "--locale", "en", "--threads", threads);
      assertThat(run.status()).as(run.stderr()).isEqualTo(1);
      List<JsonNode> out = run.jsonLines();
      assertThat(out).as("threads %s", threads).hasSize(lines);
      for (int line = 1; line <= lines; line++) {
        JsonNode o = out.get(line - 1);
        if (hostile[line]) {
          assertThat(o.at("/error/line").asLong()).as("line %s", line).isEqualTo(line);
        } else {
          assertThat(o.at("/cause").asText()).as("line %s", line).isEqualTo("account.insufficient-funds");
        }
      }
      assertThat(run.stdout()).isEqualTo(one.stdout());
    }
  }

  @Test
  void anInputThatFailsEndsWithAFinalErrorLineAndStatus3() {
    byte[] lines = (GOOD + "\n").repeat(3_000).getBytes(UTF_8);
    int failAt = GOOD.length() * 2_000 + 1_000; // mid-way through line 1,977 or so
    for (String threads : new String[] {"1", "4"}) {
      Result run = run(new FailingInput(lines, failAt), new ByteArrayOutputStream(), "diagnose", "--jsonl", "--threads", threads);
      assertThat(run.status).as(run.stderr).isEqualTo(3);
      List<String> out = run.lines();
      long whole = failAt / (GOOD.length() + 1);
      assertThat(out).as("every whole line read, then the final error line").hasSize((int) whole + 1);
      JsonNode last = Cli.parse(out.get(out.size() - 1));
      assertThat(last.at("/error/line").asLong()).isEqualTo(whole + 1);
      assertThat(last.at("/error/message").asText())
          .contains("could not be read after line " + whole, "disk read error", "stopped");
      assertThat(run.stderr).contains("could not be read after line " + whole);
    }
  }

  @Test
  void aReaderThatClosesThePipeEndsTheRunQuietlyWith0() {
    byte[] lines = (GOOD + "\n").repeat(5_000).getBytes(UTF_8);
    for (String threads : new String[] {"1", "4"}) {
      Result run = run(new ByteArrayInputStream(lines), new ClosingOutput(3_000, "Broken pipe"),
          "diagnose", "--jsonl", "--threads", threads);
      assertThat(run.status).as(run.stderr).isZero();
      assertThat(run.stderr).isEmpty();
    }
  }

  @Test
  void anOutputThatFailsOtherwiseIsStatus3WithItsReason() {
    byte[] lines = (GOOD + "\n").repeat(5_000).getBytes(UTF_8);
    Result run = run(new ByteArrayInputStream(lines), new ClosingOutput(3_000, "No space left on device"),
        "diagnose", "--jsonl", "--threads", "4");
    assertThat(run.status).isEqualTo(3);
    assertThat(run.stderr).contains("No space left on device");
  }

  @Test
  void everyCommandLineMistakeIsStatus2() {
    String[][] mistakes = {
      {"diagnose", "--network", "nosuch", "--code", "05"},
      {"diagnose", "--network", "visa", "--code", "5x1x"},
      {"diagnose", "--json", "[1]"},
      {"diagnose", "--json", "{\"network\":\"VISA\",\"amount\":1e9999999999}"},
      {"diagnose", "--json", "{\"network\":\"VISA\"}", "--network", "visa"},
      {"diagnose", "--jsonl", "--threads", "9999"},
      {"diagnose", "--jsonl", "--threads", "-1"},
      {"diagnose", "--jsonl", "--threads", "many"},
      {"diagnose", "--jsonl", "--locale", "not a tag"},
      {"batch", "-", "--threads", "9999"},
      {"batch", "-", "--format", "xml"},
      {"explain", "--network", "nosuch", "--code", "05"},
      {"contact-kit", "--network", "nosuch", "--code", "05"},
      {"packs", "--format", "yaml"},
      {"nosuch"},
    };
    for (String[] args : mistakes) {
      Cli.Run run = Cli.run(GOOD + "\n", args);
      assertThat(run.status()).as(String.join(" ", args) + "\n" + run.stderr()).isEqualTo(2);
      assertThat(run.stderr()).as(String.join(" ", args)).startsWith("posdx: ").contains("--help");
    }
  }

  private record Result(int status, String stdout, String stderr) {
    List<String> lines() {
      return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
    }
  }

  private static Result run(InputStream in, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PosdxCommand.run(args, in, out, new PrintStream(err, true, UTF_8));
    String stdout = out instanceof ByteArrayOutputStream b ? b.toString(UTF_8) : "";
    return new Result(status, stdout, err.toString(UTF_8));
  }

  /** Accepts {@code limit} bytes, then fails every write with {@code reason}. */
  private static final class ClosingOutput extends OutputStream {
    private final int limit;
    private final String reason;
    private int written;

    ClosingOutput(int limit, String reason) {
      this.limit = limit;
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException(reason);
      }
      written += len;
    }
  }
}
