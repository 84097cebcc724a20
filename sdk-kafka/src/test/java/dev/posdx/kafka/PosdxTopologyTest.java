package dev.posdx.kafka;

import static dev.posdx.kafka.TopologyFixture.bytes;
import static dev.posdx.kafka.TopologyFixture.text;
import static dev.posdx.kafka.TopologyFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class PosdxTopologyTest extends TopologyTestBase {


  @Test
  void aRecordBecomesItsDiagnosisUnderTheSameKeyInItsLocale() {
    f.send("terminal-7", "{\"network\":\"VISA\",\"responseCode\":\"51\",\"locale\":\"zh-CN\"}", T0);

    TestRecord<byte[], byte[]> out = f.output.readRecord();
    assertThat(text(out.key())).isEqualTo("terminal-7");
    JsonNode d = TopologyFixture.json(out.value());
    assertThat(d.get("cause").asText()).isEqualTo("account.insufficient-funds");
    assertThat(d.get("retry").get("decision").asText()).isEqualTo("LATER");
    assertThat(d.get("locale").get("cashier").asText()).isEqualTo("zh-Hans");
    assertThat(d.get("messages").get("cashier").asText()).containsPattern("\\p{IsHan}");
    assertThat(f.errors.isEmpty()).isTrue();
  }

  @Test
  void unusableRecordsGoToTheErrorTopicWithTheirCoordinatesAndTheStreamGoesOn() {
    f.send("a", "not json", T0);
    f.send("b", "{\"network\":\"VISA\",\"responseCode\":\"51\",\"cvv\":\"123\"}", T0);
    f.send("c", "{\"network\":\"VISA\",\"responseCode\":\"5x1x\"}", T0);
    f.input.pipeInput(new TestRecord<>(bytes("d"), new byte[] {'{', (byte) 0xFF, '}'}, T0));
    f.send("e", "{\"network\":\"VISA\",\"responseCode\":\"05\"}", T0);

    List<TestRecord<byte[], byte[]>> errors = f.errors.readRecordsToList();
    assertThat(errors).extracting(r -> text(r.key())).containsExactly("a", "b", "c", "d");
    List<JsonNode> values = errors.stream().map(r -> TopologyFixture.json(r.value())).toList();
    assertThat(values).extracting(v -> v.get("source").get("offset").asLong()).containsExactly(0L, 1L, 2L, 3L);
    assertThat(values).allSatisfy(v -> {
      assertThat(v.get("source").get("topic").asText()).isEqualTo("auth");
      assertThat(v.get("source").get("partition").asInt()).isZero();
      assertThat(v.get("error").get("line").asInt()).isEqualTo(1);
    });
    assertThat(values.get(0).get("error").get("message").asText()).startsWith("not valid JSON");
    assertThat(values.get(1).get("error").get("field").asText()).isEqualTo("cvv");
    assertThat(values.get(1).toString()).doesNotContain("123");
    assertThat(values.get(2).get("error").get("field").asText()).isEqualTo("responseCode");
    assertThat(values.get(3).get("error").get("message").asText()).startsWith("not UTF-8");
    assertThat(f.output.readKeyValuesToList()).extracting(kv -> text(kv.key)).containsExactly("e");
  }

  @Test
  void countsPerCategoryAndCauseAndErrorsAreStreamsMetrics() {
    f.send("a", "{\"network\":\"VISA\",\"responseCode\":\"51\"}", T0);
    f.send("b", "{\"network\":\"VISA\",\"responseCode\":\"51\"}", T0);
    f.send("c", "{\"network\":\"VISA\",\"responseCode\":\"54\"}", T0);
    f.send("d", "nope", T0);

    assertThat(metric("category.ACCOUNT", "diagnoses-total")).isEqualTo(2.0);
    assertThat(metric("cause.account.insufficient-funds", "diagnoses-total")).isEqualTo(2.0);
    assertThat(metric("category.CARD", "diagnoses-total")).isEqualTo(1.0);
    assertThat(metric("errors", "unusable-records-total")).isEqualTo(1.0);
  }

  private double metric(String entity, String name) {
    return f.driver.metrics().entrySet().stream()
        .filter(e -> e.getKey().name().equals(name) && e.getKey().group().equals("stream-posdx-metrics")
            && entity.equals(e.getKey().tags().get("posdx-id")))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }
}
