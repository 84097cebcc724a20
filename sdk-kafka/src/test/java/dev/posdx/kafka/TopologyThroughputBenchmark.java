package dev.posdx.kafka;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records per second through the topology on a real loopback broker (exactly-once, ledger on),
 * beside {@code posdx diagnose --jsonl} on the same records, in one run. Not part of {@code mvn
 * verify} (the name does not end in Test); run it with
 * {@code mvn -pl sdk-kafka -am test -Dtest=TopologyThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dposdx.bench.records=20000}
 * after {@code ./posdx --help} has built the command line. It prints its figures; it asserts only
 * that every record came out.
 */
class TopologyThroughputBenchmark {

  static final String[] NETWORKS = {"UNIONPAY", "UNIONPAY", "VISA", "VISA", "MASTERCARD", "ISO8583"};
  static final String[] CODES = {"00", "00", "00", "05", "51", "51", "54", "55", "01", "41", "14", "61", "91", "96", "12", "65"};
  static final String[] CARDS = {"4111111111111111", "4012888888881881", "5555555555554444", "6222021234567890128", "5105105105105100"};

  @TempDir Path dir;

  static List<String> records(int n) {
    SplittableRandom r = new SplittableRandom(42);
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add("{\"network\":\"" + NETWORKS[r.nextInt(NETWORKS.length)] + "\",\"responseCode\":\"" + CODES[r.nextInt(CODES.length)]
          + "\",\"pan\":\"" + CARDS[r.nextInt(CARDS.length)] + "\",\"entryMode\":\"CHIP\",\"amount\":\"" + (1 + r.nextInt(900)) + ".00\","
          + "\"currency\":\"CNY\",\"merchant\":{\"merchantId\":\"M-" + r.nextInt(200) + "\",\"storeId\":\"S-" + r.nextInt(50)
          + "\",\"terminalId\":\"T-" + r.nextInt(500) + "\"},\"time\":\"2026-03-02T10:00:00+08:00\"}");
    }
    return lines;
  }

  @Test
  void recordsPerSecondThroughTheTopologyBesideTheCommandLine() throws Exception {
    int n = Integer.getInteger("posdx.bench.records", 20_000);
    List<String> lines = records(n);
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);

    double cli = commandLine(in, n);
    double[] topology = topology(lines);
    System.out.printf("%n[bench] %d records, %d bytes, %d cores%n", n, Files.size(in), Runtime.getRuntime().availableProcessors());
    System.out.printf("[bench] posdx diagnose --jsonl (own JVM, start-up included): %.0f records/s%n", cli);
    System.out.printf("[bench] topology, start to last record (rebalance included): %.0f records/s%n", topology[0]);
    System.out.printf("[bench] topology, first to last output record: %.0f records/s%n", topology[1]);
    System.out.printf("[bench] topology (steady) / command line: %.2f%n", topology[1] / cli);
  }

  /** Runs ./posdx diagnose --jsonl in its own JVM on the file; records per second, wall clock. */
  private double commandLine(Path in, int n) throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path out = dir.resolve("cli-out.jsonl");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("posdx").toString(), "diagnose", "--jsonl")
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("POSDX_NO_BUILD", "1");
    long t0 = System.nanoTime();
    int status = pb.start().waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long lines = Files.lines(out).count();
    if (lines != n) {
      throw new AssertionError("the command line wrote " + lines + " lines for " + n + " records (status " + status + ")");
    }
    return n / seconds;
  }

  /** Produces every record first, then times the topology: {start to last, first to last} in records/s. */
  private double[] topology(List<String> lines) throws Exception {
    try (LoopbackBroker broker = LoopbackBroker.start(dir.resolve("broker"))) {
      broker.createTopics(List.of(new NewTopic("auth", 2, (short) 1), new NewTopic("diagnoses", 2, (short) 1),
          new NewTopic("posdx-errors", 1, (short) 1)));
      Map<String, Object> clients = Map.of("bootstrap.servers", broker.bootstrap);
      try (Producer<byte[], byte[]> producer = new KafkaProducer<>(clients, new ByteArraySerializer(), new ByteArraySerializer())) {
        int i = 0;
        for (String line : lines) {
          producer.send(new ProducerRecord<>("auth", ("T-" + (i++ % 500)).getBytes(StandardCharsets.UTF_8), line.getBytes(StandardCharsets.UTF_8)));
        }
        producer.flush();
      }
      PosdxTopology posdx = PosdxTopology.builder().input("auth").output("diagnoses").errors("posdx-errors")
          .ledger(LedgerKeys.withSecret(TopologyFixture.SECRET)).build();
      Properties props = PosdxTopology.defaults("posdx-bench", broker.bootstrap);
      props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
      props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
      long seen = 0;
      long first = 0;
      long last = 0;
      long t0 = System.nanoTime();
      try (KafkaStreams streams = new KafkaStreams(posdx.topology(), props);
           Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
               Map.of("bootstrap.servers", broker.bootstrap, "isolation.level", "read_committed", "max.poll.records", 5000),
               new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
        streams.start();
        List<TopicPartition> partitions = List.of(new TopicPartition("diagnoses", 0), new TopicPartition("diagnoses", 1),
            new TopicPartition("posdx-errors", 0));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        for (long end = System.nanoTime() + SECONDS.toNanos(600); seen < lines.size() && System.nanoTime() < end; ) {
          int got = consumer.poll(Duration.ofMillis(100)).count();
          if (got > 0) {
            last = System.nanoTime();
            first = first == 0 ? last : first;
          }
          seen += got;
        }
      }
      if (seen != lines.size()) {
        throw new AssertionError("the topology wrote " + seen + " records for " + lines.size());
      }
      return new double[] {lines.size() / ((last - t0) / 1e9), lines.size() / ((last - first) / 1e9)};
    }
  }
}
