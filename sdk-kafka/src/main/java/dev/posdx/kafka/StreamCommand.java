package dev.posdx.kafka;

import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code posdx stream}: runs the topology until stopped (Ctrl-C or SIGTERM close it cleanly).
 *
 * <pre>
 * posdx stream --bootstrap-servers HOST:PORT --input T --output T --errors T
 *              [--packs-topic T [--status-topic T]] [--config FILE] [--application-id ID]
 *              [--ledger-secret-file FILE] [--packs DIR]... [--locale TAG] [--lenient] [--instance NAME]
 * </pre>
 *
 * <p>{@code --config} is a properties file of Kafka Streams settings (they override the
 * defaults, exactly-once included) and of the flags above as {@code posdx.NAME} (the flags win).
 * The ledger's secret comes from {@code --ledger-secret-file} or the environment variable {@code
 * POSDX_LEDGER_SECRET}; without one, no declines are counted. Exit status: 0 stopped, 2 wrong
 * command line, 3 a file could not be read or a pack is bad.
 *
 * @since 0.1
 */
public final class StreamCommand {

  static final List<String> FLAGS = List.of(
      "bootstrap-servers", "input", "output", "errors", "packs-topic", "status-topic", "config",
      "application-id", "ledger-secret-file", "packs", "locale", "lenient", "instance");

  private StreamCommand() {}

  /**
   * Runs the topology until stopped; exits 2 on a wrong command line, 3 when a file cannot be read
   * or a pack is bad.
   *
   * @param args the command line, as above
   * @throws InterruptedException if interrupted while waiting for the streams to stop
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Map<String, String> options;
    List<Path> packDirs;
    try {
      options = parse(args);
      packDirs = options.containsKey("packs")
          ? List.of(options.get("packs").split(java.io.File.pathSeparator)).stream().map(Path::of).toList()
          : List.of();
    } catch (IllegalArgumentException e) {
      err.println("posdx stream: " + e.getMessage());
      err.println(usage());
      System.exit(2);
      return;
    }
    if (options.containsKey("help")) {
      System.out.println(usage());
      return;
    }
    PosdxTopology posdx;
    Properties streamsConfig;
    try {
      Properties file = options.containsKey("config") ? load(Path.of(options.get("config"))) : new Properties();
      file.stringPropertyNames().stream().filter(k -> k.startsWith("posdx."))
          .forEach(k -> options.putIfAbsent(k.substring("posdx.".length()), file.getProperty(k)));
      streamsConfig = PosdxTopology.defaults(
          options.getOrDefault("application-id", "posdx-stream"), required(options, "bootstrap-servers"));
      file.stringPropertyNames().stream().filter(k -> !k.startsWith("posdx."))
          .forEach(k -> streamsConfig.put(k, file.getProperty(k)));
      posdx = topology(options, packDirs);
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("posdx stream: " + e.getMessage());
      System.exit(2);
      return;
    } catch (IOException | RulePackException e) {
      err.println("posdx stream: " + e.getMessage());
      System.exit(3);
      return;
    }
    KafkaStreams streams = new KafkaStreams(posdx.topology(), streamsConfig);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "posdx-stream-shutdown"));
    streams.start();
    err.println("posdx stream: running " + posdx + " (Ctrl-C stops)");
    stopped.await();
  }

  static PosdxTopology topology(Map<String, String> options, List<Path> packDirs) throws IOException {
    RulePacks base = RulePacks.installed();
    for (Path dir : packDirs) {
      base = base.with(RulePacks.fromPath(dir));
    }
    PosdxTopology.Builder b = PosdxTopology.builder()
        .input(required(options, "input"))
        .output(required(options, "output"))
        .errors(required(options, "errors"))
        .basePacks(base)
        .texts(GuidanceTexts.standard())
        .lenient(Boolean.parseBoolean(options.getOrDefault("lenient", "false")))
        .locale(Locale.forLanguageTag(options.getOrDefault("locale", "en")))
        .instance(options.getOrDefault("instance", hostName()));
    if (options.containsKey("packs-topic")) {
      String packs = options.get("packs-topic");
      b.packs(packs, options.getOrDefault("status-topic", packs + "-status"));
    }
    String secretFile = options.get("ledger-secret-file");
    String secret = secretFile != null ? Files.readString(Path.of(secretFile), StandardCharsets.UTF_8).strip()
        : System.getenv("POSDX_LEDGER_SECRET");
    if (secret != null) {
      b.ledger(LedgerKeys.withSecret(secret));
    }
    return b.build();
  }

  /** {@code --name value}, {@code --name=value} and the lone flag {@code --lenient}. */
  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        options.put("help", "true");
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + " (known: --" + String.join(", --", FLAGS) + ")");
      }
      if (value == null) {
        if (name.equals("lenient")) {
          value = "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
      }
      if (name.equals("packs") && options.containsKey("packs")) {
        value = options.get("packs") + java.io.File.pathSeparator + value;
      } else if (options.containsKey(name)) {
        throw new IllegalArgumentException("--" + name + " was given twice");
      }
      options.put(name, value);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required (or posdx." + name + " in --config)");
    }
    return value;
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "posdx";
    }
  }

  static String usage() {
    return """
        usage: posdx stream --bootstrap-servers HOST:PORT --input TOPIC --output TOPIC --errors TOPIC
                            [--packs-topic TOPIC [--status-topic TOPIC]] [--config FILE]
                            [--application-id ID] [--ledger-secret-file FILE] [--packs DIR]...
                            [--locale TAG] [--lenient] [--instance NAME]
          --config FILE   Kafka Streams properties (override the exactly-once defaults) and posdx.NAME for any flag
          ledger secret   --ledger-secret-file FILE or POSDX_LEDGER_SECRET (32+ bytes); without it nothing is counted""";
  }
}
