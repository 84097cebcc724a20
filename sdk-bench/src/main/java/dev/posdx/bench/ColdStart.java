package dev.posdx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of the embedded path, in fresh JVMs: {@link FirstGuidance} ({@code
 * Diagnoser.standard()} + first diagnose + {@code GuidanceRenderer.standard()} + first render)
 * beside {@link EmptyMain} in the same run, on the class path of an app that depends on core,
 * rules and i18n alone (written by {@code sdk-bench/consumer}). Runs alternate between the two so
 * that a noisy neighbour costs both alike; each is timed from process start to exit, and the
 * median of the forks is kept. Then the same under {@code -Xint}, a stand-in for a slow
 * terminal that never compiles. Prints the medians and what posdx costs beyond the empty JVM.
 *
 * <p>{@code java -cp sdk-bench/target/classes dev.posdx.bench.ColdStart
 * sdk-bench/consumer/target/consumer.classpath [FORKS]}
 */
public final class ColdStart {

  /** The medians of one JVM mode: the empty JVM and posdx's first guidance, in seconds. */
  public record Medians(String mode, double empty, double posdx) {
    public double beyondEmpty() {
      return posdx - empty;
    }
  }

  private ColdStart() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1) {
      System.err.println("usage: ColdStart <consumer.classpath file> [forks]");
      System.exit(64);
    }
    String consumer = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip();
    int forks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    // The app's class path plus this module's classes, for the two main classes.
    String classPath = ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath()
        + java.io.File.pathSeparator + consumer;
    System.out.printf(Locale.ROOT, "%d forks each, alternating, %d cores, java %s%n",
        forks, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (List<String> flags : List.of(List.<String>of(), List.of("-Xint"))) {
      Medians m = measure(flags.isEmpty() ? "default" : String.join(" ", flags), flags, classPath, forks);
      System.out.printf(Locale.ROOT, "  %-8s empty JVM %7.0f ms   first guidance %7.0f ms   beyond empty %7.0f ms%n",
          m.mode(), m.empty() * 1e3, m.posdx() * 1e3, m.beyondEmpty() * 1e3);
    }
  }

  /** Alternates {@code forks} runs of each main under {@code flags} and returns the medians. */
  public static Medians measure(String mode, List<String> flags, String classPath, int forks)
      throws IOException, InterruptedException {
    List<Double> empty = new ArrayList<>();
    List<Double> posdx = new ArrayList<>();
    for (int i = 0; i < forks; i++) {
      empty.add(time(flags, classPath, EmptyMain.class.getName()));
      posdx.add(time(flags, classPath, FirstGuidance.class.getName()));
    }
    return new Medians(mode, median(empty), median(posdx));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double time(List<String> flags, String classPath, String mainClass)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-Dslf4j.internal.verbosity=ERROR"); // an app without an SLF4J binding: keep the notice off the report
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    int status = builder.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(mainClass + " " + flags + " exited with status " + status);
    }
    return seconds;
  }
}
