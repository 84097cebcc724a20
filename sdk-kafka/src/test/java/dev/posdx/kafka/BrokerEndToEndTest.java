package dev.posdx.kafka;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a real single-node KRaft broker on the loopback address, exactly-once, bounded in
 * time. The bounds are generous: idle, the broker starts in about 2 s; on a shared 2-core machine at
 * a load of 25 it has taken over 60 s.
 */
@Timeout(value = 180, unit = SECONDS)
class BrokerEndToEndTest {

  @TempDir static Path dir;
  static LoopbackBroker broker;

  @BeforeAll
  @Timeout(value = 150, unit = SECONDS)
  static void startBroker() throws Exception {
    broker = LoopbackBroker.start(dir);
    broker.createTopics(List.of(
        new NewTopic("auth", 2, (short) 1), new NewTopic("diagnoses", 2, (short) 1),
        new NewTopic("posdx-errors", 1, (short) 1), new NewTopic("posdx-pack-status", 1, (short) 1),
        new NewTopic("posdx-packs", 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))));
  }

  @AfterAll
  @Timeout(value = 60, unit = SECONDS)
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void recordsErrorsLedgerAndPackUpdatesFlowThroughARealBroker() throws Exception {
    PosdxTopology posdx = PosdxTopology.builder()
        .input("auth").output("diagnoses").errors("posdx-errors")
        .packs("posdx-packs", "posdx-pack-status")
        .ledger(LedgerKeys.withSecret(TopologyFixture.SECRET))
        .instance("e2e")
        .build();
    Properties props = PosdxTopology.defaults("posdx-e2e", broker.bootstrap);
    props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    Map<String, Object> clients = Map.of("bootstrap.servers", broker.bootstrap);
    int cap = ReattemptLedgerTopologyTest.visaLimit().maxAttempts();
    Map<String, List<JsonNode>> got = new HashMap<>();
    try (KafkaStreams streams = new KafkaStreams(posdx.topology(), props);
         Producer<byte[], byte[]> producer = new KafkaProducer<>(clients, new ByteArraySerializer(), new ByteArraySerializer());
         Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
             Map.of("bootstrap.servers", broker.bootstrap, "isolation.level", "read_committed"),
             new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      streams.start();
      producer.send(new ProducerRecord<>("posdx-packs", bytes(LivePackUpdateTest.PACK), LivePackUpdateTest.resource("good-store-pack.yaml")))
          .get(10, SECONDS);
      producer.send(new ProducerRecord<>("auth", bytes("bad"), bytes("{not json"))).get(10, SECONDS);
      // Declines of one card from three terminals (three keys, so two input partitions): the ledger sees them all.
      for (int i = 0; i < cap + 1; i++) {
        producer.send(new ProducerRecord<>("auth", bytes("T" + (i % 3)),
            bytes(ReattemptLedgerTopologyTest.decline("4111111111111111", "M-100", "T" + (i % 3))))).get(10, SECONDS);
      }
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of("diagnoses", "posdx-errors", "posdx-pack-status")) {
        consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      for (long end = System.currentTimeMillis() + 90_000; System.currentTimeMillis() < end && !complete(got, cap + 1); ) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          got.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(TopologyFixture.json(r.value()));
        }
      }
    }
    assertThat(got.get("posdx-pack-status")).extracting(s -> s.get("status").asText()).containsExactly("ACCEPTED");
    assertThat(got.get("posdx-errors")).singleElement()
        .satisfies(e -> assertThat(e.get("source").get("topic").asText()).isEqualTo("auth"));
    List<String> decisions = got.get("diagnoses").stream().map(d -> d.get("retry").get("decision").asText()).toList();
    // The output topic has several partitions, so its records come back in no global order: count.
    assertThat(decisions).hasSize(cap + 1).containsOnly("LATER", "NEVER");
    assertThat(decisions.stream().filter("NEVER"::equals).count())
        .as("tries at or past the cap of %s, counted across terminals and partitions", cap)
        .isBetween(1L, 2L);
  }

  private static boolean complete(Map<String, List<JsonNode>> got, int diagnoses) {
    return got.getOrDefault("diagnoses", List.of()).size() >= diagnoses
        && got.containsKey("posdx-errors") && got.containsKey("posdx-pack-status");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
