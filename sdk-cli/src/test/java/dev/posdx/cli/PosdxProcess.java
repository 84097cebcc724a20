package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code posdx} as its own process, as a user or a gateway would, on the test class path. */
final class PosdxProcess {

  /** What the process did. */
  record Result(int status, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, UTF_8);
    }

    List<String> lines() {
      String out = stdout();
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - (out.endsWith("\n") ? 1 : 0));
    }

    String all() {
      return stdout() + stderr;
    }
  }

  private PosdxProcess() {}

  static Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
    return run(stdin, null, args);
  }

  static Result run(byte[] stdin, Path workingDir, String... args) throws IOException, InterruptedException {
    return run(stdin, workingDir, List.of(), args);
  }

  /** @param jvmOptions more options for the JVM, such as {@code -Xmx64m} */
  static Result run(byte[] stdin, Path workingDir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (workingDir != null) {
      builder.directory(workingDir.toFile());
    }
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // The process may exit before reading all of its input (a usage error); its output says why.
    }
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("posdx " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Result(process.exitValue(), out.join(), new String(err.join(), UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String classPathSeparator() {
    return File.pathSeparator;
  }
}
