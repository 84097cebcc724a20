package dev.posdx.kafka;

import static dev.posdx.kafka.TopologyFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packs published to the packs topic: a good one is swapped in, a bad one refused and reported while the old set serves. */
class LivePackUpdateTest extends TopologyTestBase {

  static final String PACK = "bright-mart-s-0042";
  static final String REFUND =
      "{\"network\":\"UNIONPAY\",\"responseCode\":\"25\",\"transactionType\":\"REFUND\","
          + "\"merchant\":{\"chainId\":\"bright-mart\",\"storeId\":\"s-0042\",\"originalStoreId\":\"s-0003\"}}";

  static byte[] resource(String name) throws IOException {
    try (InputStream in = LivePackUpdateTest.class.getResourceAsStream("/packs/" + name)) {
      return in.readAllBytes();
    }
  }

  /** The packs (and versions) in the trace of the diagnosis of {@link #REFUND}. */
  List<String> tracedPacks() {
    f.send("s-0042", REFUND, T0);
    JsonNode d = values(f.output).get(0);
    return d.get("trace").findValuesAsText("pack").stream().toList();
  }

  @Test
  void aGoodPackIsSwappedInAndReportedAccepted() throws IOException {
    assertThat(tracedPacks()).doesNotContain(PACK);

    f.publish(PACK, resource("good-store-pack.yaml"));

    JsonNode status = values(f.status).get(0);
    assertThat(status.get("pack").asText()).isEqualTo(PACK);
    assertThat(status.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(status.get("version").asText()).isEqualTo("2026.1");
    assertThat(status.get("errors")).isEmpty();
    assertThat(status.get("instance").asText()).isEqualTo("test-instance");
    assertThat(tracedPacks()).contains(PACK);
    assertThat(f.posdx.diagnoser().packs().pack(PACK)).isPresent();
  }

  @Test
  void aPackThatFailsItsExamplesIsRefusedWithItsErrorsAndTheOldSetKeepsServing() throws IOException {
    f.publish(PACK, resource("good-store-pack.yaml"));
    values(f.status);

    f.publish(PACK, resource("bad-example-store-pack.yaml"));

    JsonNode status = values(f.status).get(0);
    assertThat(status.get("status").asText()).isEqualTo("REFUSED");
    assertThat(status.get("version").asText()).isEqualTo("2026.2");
    assertThat(status.get("errors").get(0).asText()).contains("posdx-packs/" + PACK + ".yaml").contains("card.expired");
    assertThat(f.posdx.diagnoser().packs().pack(PACK).orElseThrow().version()).isEqualTo("2026.1");
    assertThat(tracedPacks()).contains(PACK);
  }

  @Test
  void unreadablePacksMisnamedPacksAndNetworkScopedPacksAreRefused() throws IOException {
    f.publish(PACK, "id: [unclosed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    f.publish("another-id", resource("good-store-pack.yaml"));
    f.publish("visa", new String(resource("good-store-pack.yaml"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("id: " + PACK, "id: visa").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    List<JsonNode> statuses = values(f.status);
    assertThat(statuses).extracting(s -> s.get("status").asText()).containsExactly("REFUSED", "REFUSED", "REFUSED");
    assertThat(statuses.get(0).get("errors").get(0).asText()).contains("posdx-packs/" + PACK + ".yaml:");
    assertThat(statuses.get(1).get("errors").get(0).asText()).contains("must equal the pack's id");
    assertThat(statuses.get(2).get("errors").get(0).asText()).contains("visa");
    assertThat(tracedPacks()).doesNotContain(PACK);
  }

  @Test
  void aTombstoneRemovesAPublishedPack() throws IOException {
    f.publish(PACK, resource("good-store-pack.yaml"));
    f.publish(PACK, null);

    assertThat(values(f.status)).extracting(s -> s.get("status").asText()).containsExactly("ACCEPTED", "REMOVED");
    assertThat(tracedPacks()).doesNotContain(PACK);
  }
}
