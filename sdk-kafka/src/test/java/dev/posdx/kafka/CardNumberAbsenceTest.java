package dev.posdx.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No full card number in any topic the topology writes (internal ones included), in its stores, or in its log. */
class CardNumberAbsenceTest {

  static final List<String> CARDS = List.of("4111111111111111", "5555555555554444", "6222021234567890128");
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path state;

  @Test
  void noTopicStoreOrLogLineHoldsACardNumber() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> written = new ArrayList<>();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (TopologyFixture f = new TopologyFixture(state)) {
      int i = 0;
      for (String card : CARDS) {
        String spaced = card.replaceAll("(\\d{4})", "$1 ").trim();
        for (String record : List.of(
            "{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"" + card + "\",\"merchant\":{\"merchantId\":\"M-1\"}}",
            "{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"" + spaced + "\",\"merchant\":{\"merchantId\":\"M-1\"}}",
            "{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"" + card + "\",\"merchant\":{\"storeId\":\"" + card + "\"}}",
            "{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"" + card + "\",\"" + card + "\":1}",
            "{\"network\":\"VISA\",\"responseCode\":\"5x\",\"pan\":\"" + card + "\",\"merchant\":{\"merchantId\":\"M-1\"}}",
            "{\"network\":\"BOGUS\",\"pan\":\"" + card + "\"}",
            "{\"pan\":\"" + card + "\", broken")) {
          f.send("k" + i, record, T0.plus(Duration.ofMinutes(i++)));
        }
      }
      f.publish("store-" + CARDS.get(0), "id: nothing".getBytes(StandardCharsets.UTF_8));
      for (String topic : f.driver.producedTopicNames()) {
        var out = f.driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        out.readKeyValuesToList().forEach(kv -> {
          written.add(topic + " key " + TopologyFixture.text(kv.key));
          written.add(topic + " value " + TopologyFixture.text(kv.value));
        });
      }
      WindowStore<String, Long> ledger = f.driver.getWindowStore(PosdxTopology.LEDGER_STORE);
      try (KeyValueIterator<Windowed<String>, Long> all = ledger.all()) {
        all.forEachRemaining((KeyValue<Windowed<String>, Long> kv) -> written.add("ledger " + kv.key.key() + " " + kv.value));
      }
      assertThat(written).anyMatch(s -> s.startsWith("posdx-test-" + PosdxTopology.REPARTITION + "-repartition value"));
      assertThat(written).anyMatch(s -> s.startsWith("ledger "));
      assertThat(written).anyMatch(s -> s.startsWith("posdx-pack-status value"));
    } finally {
      System.setErr(err);
    }
    written.add(log.toString(StandardCharsets.UTF_8));
    for (String line : written) {
      String digits = line.replaceAll("[ -]", "");
      for (String card : CARDS) {
        assertThat(digits).as("a full card number in: %s", line).doesNotContain(card);
      }
    }
  }
}
