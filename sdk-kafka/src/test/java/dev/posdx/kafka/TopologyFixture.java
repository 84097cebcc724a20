package dev.posdx.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link PosdxTopology} on a {@link TopologyTestDriver}, with the ledger and live packs on. */
final class TopologyFixture implements AutoCloseable {

  static final String SECRET = "a test secret of at least thirty-two bytes, never used for real";
  static final String APP = "posdx-test";
  static final ObjectMapper JSON = new ObjectMapper();

  final PosdxTopology posdx;
  final TopologyTestDriver driver;
  final TestInputTopic<byte[], byte[]> input;
  final TestInputTopic<String, byte[]> packs;
  final TestOutputTopic<byte[], byte[]> output;
  final TestOutputTopic<byte[], byte[]> errors;
  final TestOutputTopic<byte[], byte[]> status;

  TopologyFixture(Path stateDir) {
    posdx = PosdxTopology.builder()
        .input("auth").output("diagnoses").errors("posdx-errors")
        .packs("posdx-packs", "posdx-pack-status")
        .ledger(LedgerKeys.withSecret(SECRET))
        .instance("test-instance")
        .build();
    Properties props = PosdxTopology.defaults(APP, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(posdx.topology(), props, Instant.parse("2026-03-01T00:00:00Z"));
    input = driver.createInputTopic("auth", new ByteArraySerializer(), new ByteArraySerializer());
    packs = driver.createInputTopic("posdx-packs", new StringSerializer(), new ByteArraySerializer());
    output = driver.createOutputTopic("diagnoses", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    errors = driver.createOutputTopic("posdx-errors", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    status = driver.createOutputTopic("posdx-pack-status", new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  void send(String key, String json, Instant at) {
    input.pipeInput(new TestRecord<>(bytes(key), bytes(json), at));
  }

  /** Publishes a pack (or a tombstone) and lets the status punctuator run. */
  void publish(String id, byte[] pack) {
    packs.pipeInput(id, pack);
    driver.advanceWallClockTime(IntakeProcessor.STATUS_INTERVAL.plus(Duration.ofMillis(1)));
  }

  static List<JsonNode> values(TestOutputTopic<byte[], byte[]> topic) {
    return topic.readValuesToList().stream().map(TopologyFixture::json).toList();
  }

  static JsonNode json(byte[] value) {
    try {
      return JSON.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
  }
}
