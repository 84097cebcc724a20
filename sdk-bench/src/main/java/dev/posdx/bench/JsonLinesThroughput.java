package dev.posdx.bench;

import dev.posdx.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whole-process throughput of {@code posdx diagnose --jsonl} and {@code posdx batch} on generated
 * lines, against {@link JacksonFloor} reading and writing the same lines: each is a fresh JVM
 * reading a file on standard input, so JVM start, pack loading and the JIT's warm-up are counted,
 * as a gateway running the command would see them. Prints lines per second and the ratio to the
 * floor; the best of {@code --runs} runs is kept, to damp the noise of a shared machine.
 *
 * <p>{@code java -cp "sdk-bench/target/classes:sdk-bench/target/lib/*" dev.posdx.bench.JsonLinesThroughput [LINES] [RUNS]}
 */
public final class JsonLinesThroughput {

  /** One measured command. */
  public record Measurement(String name, long lines, double seconds, long outputLines) {
    public double linesPerSecond() {
      return lines / seconds;
    }
  }

  private JsonLinesThroughput() {}

  public static void main(String[] args) throws Exception {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path dir = Files.createTempDirectory("posdx-bench");
    try {
      List<Measurement> results = run(dir, lines, runs);
      Measurement floor = results.get(0);
      System.out.printf(Locale.ROOT, "%,d generated lines (%,d bytes), best of %d run(s), %d cores%n",
          lines, Files.size(dir.resolve("in.jsonl")), runs, Runtime.getRuntime().availableProcessors());
      for (Measurement m : results) {
        System.out.printf(Locale.ROOT, "  %-34s %8.2f s  %,12.0f lines/s  %5.2fx the floor's time%n",
            m.name(), m.seconds(), m.linesPerSecond(), m.seconds() / floor.seconds());
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Generates the lines in {@code dir} and measures the floor, diagnose and batch, in that order. */
  public static List<Measurement> run(Path dir, long lines, int runs) throws IOException, InterruptedException {
    Path input = dir.resolve("in.jsonl");
    OutcomeLines.write(input, lines, 42);
    List<Measurement> results = new ArrayList<>();
    results.add(best(runs, () -> measure("Jackson read+write (floor)", lines, input, dir.resolve("floor.jsonl"),
        JacksonFloor.class.getName())));
    results.add(best(runs, () -> measure("posdx diagnose --jsonl", lines, input, dir.resolve("diagnose.jsonl"),
        Main.class.getName(), "diagnose", "--jsonl", "--locale", "zh-CN")));
    Path report = dir.resolve("report");
    results.add(best(runs, () -> {
      Measurement m = measure("posdx batch (diagnoses + report)", lines, input, dir.resolve("batch.out"),
          Main.class.getName(), "batch", "-", "--format", "jsonl", "--out", report.toString(), "--locale", "zh-CN");
      return new Measurement(m.name(), m.lines(), m.seconds(), countLines(report.resolve("diagnoses.jsonl")));
    }));
    return results;
  }

  private interface Run {
    Measurement once() throws IOException, InterruptedException;
  }

  private static Measurement best(int runs, Run run) throws IOException, InterruptedException {
    @Nullable Measurement best = null;
    for (int i = 0; i < runs; i++) {
      Measurement m = run.once();
      if (best == null || m.seconds() < best.seconds()) {
        best = m;
      }
    }
    return java.util.Objects.requireNonNull(best, "runs must be at least 1");
  }

  private static Measurement measure(String name, long lines, Path input, Path output, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC"); // what ./posdx uses
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectInput(input.toFile())
        .redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(name + " exited with status " + status);
    }
    return new Measurement(name, lines, seconds, countLines(output));
  }

  static long countLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    }
  }
}
