package dev.posdx.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The footprint of the embedded path: every jar on the runtime class path of an app that
 * depends on core, rules and i18n (written by {@code sdk-bench/consumer}), largest first, and
 * the bytes that are other libraries' rather than posdx's.
 *
 * <p>{@code java -cp sdk-bench/target/classes dev.posdx.bench.Footprint
 * sdk-bench/consumer/target/consumer.classpath}
 */
public final class Footprint {

  /** One jar and its size in bytes. */
  public record Jar(String name, long bytes, boolean ours) {}

  private Footprint() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Footprint <consumer.classpath file>");
      System.exit(64);
    }
    List<Jar> jars = jars(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip());
    long total = 0;
    long thirdParty = 0;
    for (Jar jar : jars) {
      System.out.printf(Locale.ROOT, "  %-48s %,11d bytes%s%n", jar.name(), jar.bytes(), jar.ours() ? "  (posdx)" : "");
      total += jar.bytes();
      thirdParty += jar.ours() ? 0 : jar.bytes();
    }
    System.out.printf(Locale.ROOT, "  %d jars, %,d bytes; third-party %,d bytes (%.1f MB, %.0f%%)%n",
        jars.size(), total, thirdParty, thirdParty / 1e6, 100.0 * thirdParty / total);
  }

  /** The jars of a class path, largest first; posdx's own are those named {@code posdx-*}. */
  public static List<Jar> jars(String classPath) throws IOException {
    List<Jar> jars = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isRegularFile(path)) {
        String name = path.getFileName().toString();
        jars.add(new Jar(name, Files.size(path), name.startsWith("posdx-")));
      } else if (Files.isDirectory(path)) {
        throw new IllegalArgumentException(entry + " is a directory: package the modules first, so the class path holds jars");
      }
    }
    jars.sort(Comparator.comparingLong(Jar::bytes).reversed());
    return jars;
  }
}
