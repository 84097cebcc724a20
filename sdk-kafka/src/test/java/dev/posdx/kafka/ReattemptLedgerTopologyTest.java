package dev.posdx.kafka;

import static dev.posdx.kafka.TopologyFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.rules.RulePacks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger in the topology: one card's declines at one merchant, across terminals, against Visa's cap. */
class ReattemptLedgerTopologyTest extends TopologyTestBase {

  static final String CARD = "4111111111111111";

  static RetryLimit visaLimit() {
    return RulePacks.installed().packs().stream().flatMap(p -> p.retryLimits().stream())
        .filter(l -> l.network() == Network.VISA).findFirst().orElseThrow();
  }

  static String decline(String pan, String merchant, String terminal) {
    return "{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"" + pan
        + "\",\"merchant\":{\"merchantId\":\"" + merchant + "\",\"terminalId\":\"" + terminal + "\"}}";
  }

  /** Sends {@code n} declines of one card spread over the merchant's terminals, an hour apart, and returns the decisions. */
  List<String> declines(int n, String pan, String merchant, Instant from) {
    List<String> decisions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      f.send("t" + (i % 3), decline(pan, merchant, "T" + (i % 3)), from.plus(Duration.ofHours(i)));
    }
    for (JsonNode d : values(f.output)) {
      decisions.add(d.get("retry").get("decision").asText());
    }
    return decisions;
  }

  @Test
  void declinesAcrossTerminalsReachTheSchemeCapAndAdviceBecomesNever() {
    int cap = visaLimit().maxAttempts();
    f.input.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(null, null, T0)); // a null record is an error, not a stop
    f.errors.readValuesToList();

    List<String> decisions = declines(cap + 1, CARD, "M-100", T0);

    // Advice past the cap becomes NEVER: every try before the cap is LATER, the try past it is NEVER.
    int firstNever = decisions.indexOf("NEVER") + 1;
    assertThat(firstNever).as("the try at which advice becomes NEVER").isBetween(cap, cap + 1);
    assertThat(decisions.subList(0, firstNever - 1)).containsOnly("LATER");
    assertThat(decisions.subList(firstNever - 1, decisions.size())).containsOnly("NEVER");
  }

  @Test
  void theCapEndsWithTheLastNeverAndCarriesTheSchemeRuleAsEvidence() {
    int cap = visaLimit().maxAttempts();
    for (int i = 0; i <= cap; i++) {
      f.send("t", decline(CARD, "M-100", "T1"), T0.plus(Duration.ofMinutes(i)));
    }
    List<JsonNode> out = values(f.output);
    JsonNode last = out.get(out.size() - 1);
    assertThat(last.get("retry").get("decision").asText()).isEqualTo("NEVER");
    assertThat(last.get("findings").findValuesAsText("cause")).contains("network.retry-limit");
  }

  @Test
  void anotherMerchantOrAnotherCardIsCountedApart() {
    int cap = visaLimit().maxAttempts();
    for (int i = 0; i <= cap; i++) {
      f.send("t", decline(CARD, "M-100", "T1"), T0.plus(Duration.ofMinutes(i)));
    }
    values(f.output);
    f.send("t", decline(CARD, "M-200", "T9"), T0.plus(Duration.ofHours(2)));
    f.send("t", decline("4012888888881881", "M-100", "T1"), T0.plus(Duration.ofHours(2)));
    assertThat(values(f.output)).extracting(d -> d.get("retry").get("decision").asText()).containsExactly("LATER", "LATER");
  }

  @Test
  void declinesOlderThanTheWindowNoLongerCount() {
    RetryLimit limit = visaLimit();
    for (int i = 0; i <= limit.maxAttempts(); i++) {
      f.send("t", decline(CARD, "M-100", "T1"), T0.plus(Duration.ofMinutes(i)));
    }
    assertThat(values(f.output).get(limit.maxAttempts()).get("retry").get("decision").asText()).isEqualTo("NEVER");

    // Just inside the window the card is still capped; once the window has passed every old decline, it is not.
    Instant lastTry = T0.plus(Duration.ofMinutes(limit.maxAttempts()));
    f.send("t", decline(CARD, "M-100", "T1"), T0.plus(limit.window()).minusSeconds(1));
    f.send("t", decline(CARD, "M-100", "T1"), lastTry.plus(limit.window()).plus(Duration.ofHours(2)));
    assertThat(values(f.output)).extracting(d -> d.get("retry").get("decision").asText()).containsExactly("NEVER", "LATER");
  }

  @Test
  void approvalsAndMaskedCardsAreNotCounted() {
    int cap = visaLimit().maxAttempts();
    for (int i = 0; i < cap + 1; i++) {
      f.send("t", "{\"network\":\"VISA\",\"responseCode\":\"00\",\"pan\":\"" + CARD + "\",\"merchant\":{\"merchantId\":\"M-1\"}}",
          T0.plus(Duration.ofMinutes(i)));
      f.send("t", decline("411111******1111", "M-1", "T1"), T0.plus(Duration.ofMinutes(i)));
    }
    f.send("t", decline(CARD, "M-1", "T1"), T0.plus(Duration.ofHours(1)));
    List<JsonNode> out = values(f.output);
    assertThat(out.get(out.size() - 1).get("retry").get("decision").asText()).isEqualTo("LATER");
  }
}
