package dev.posdx.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.rules.RulePacks;
import dev.posdx.rules.SwappableDiagnoser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The ledger for one gateway JVM, and the enricher that feeds its count to the engine. */
class InProcessLedgerTest {

  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  @Test
  void countsAreTheDeclinesInsideTheAskedIntervalForAnyHistory() {
    // Invariant: the count equals the number of recorded declines in [from, to], for any history inside the retention.
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 29 * 24)).ofSizeBetween(0, 40), integers().between(0, 29 * 24), integers().between(0, 29 * 24))
        .checkAssert((hours, a, b) -> {
          InProcessLedger ledger = InProcessLedger.create(100, Duration.ofDays(31));
          hours.stream().sorted().forEach(h -> ledger.recordDecline("k", T0.plus(Duration.ofHours(h))));
          int from = Math.min(a, b);
          int to = Math.max(a, b);
          long expected = hours.stream().filter(h -> h >= from && h <= to).count();
          assertThat(ledger.declinesBetween("k", T0.plus(Duration.ofHours(from)), T0.plus(Duration.ofHours(to))))
              .isEqualTo((int) Math.min(expected, InProcessLedger.MAX_DECLINES_PER_CARD));
          assertThat(ledger.declinesBetween("other", T0, T0.plus(Duration.ofDays(30)))).isZero();
        });
  }

  @Test
  void theLedgerIsBoundedInCardsAndForgetsDeclinesOlderThanItsRetention() {
    InProcessLedger ledger = InProcessLedger.create(10, Duration.ofDays(31), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    for (int i = 0; i < 1000; i++) {
      ledger.recordDecline("card-" + i, T0);
    }
    assertThat(ledger.cards()).isLessThanOrEqualTo(10);

    InProcessLedger one = InProcessLedger.create(10, Duration.ofDays(31));
    one.recordDecline("k", T0);
    one.recordDecline("k", T0.plus(Duration.ofDays(40))); // the first is past the retention: dropped
    assertThat(one.declinesBetween("k", T0.minus(DAY), T0.plus(Duration.ofDays(41)))).isEqualTo(1);
    assertThatThrownBy(() -> InProcessLedger.create(0, DAY)).hasMessageContaining("maxCards");
  }

  @Test
  void theEnricherCountsThisCardAtThisMerchantAndTheCapTurnsAdviceToNever() {
    InProcessLedger ledger = InProcessLedger.create(1000, Duration.ofDays(31));
    RecordEnricher enricher = RecordEnricher.create(
        SwappableDiagnoser.of(RulePacks.installed()), GuidanceTexts.standard(), Locale.ENGLISH, false,
        LedgerKeys.withSecret(TopologyFixture.SECRET), ledger);
    int cap = ReattemptLedgerTopologyTest.visaLimit().maxAttempts();
    List<OptionalInt> counts = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (int i = 0; i <= cap; i++) {
      EnrichedRecord r = enricher.enrich(
          ReattemptLedgerTopologyTest.decline("4111 1111 1111 1111", "M-7", "T" + i).getBytes(StandardCharsets.UTF_8),
          T0.plus(Duration.ofMinutes(i)));
      counts.add(((EnrichedRecord.Diagnosed) r).cardAttemptsInWindow());
      json.add(r.json());
    }
    assertThat(counts.get(0)).hasValue(1);
    assertThat(counts.get(cap)).hasValue(cap + 1);
    assertThat(json.get(cap)).contains("\"decision\":\"NEVER\"").contains("network.retry-limit").doesNotContain("4111111111111111");
    // A larger count the gateway already knows is kept.
    EnrichedRecord given = enricher.enrich(("{\"network\":\"VISA\",\"responseCode\":\"51\",\"pan\":\"4012888888881881\","
        + "\"merchant\":{\"merchantId\":\"M-7\"},\"cardAttemptsInWindow\":" + (cap + 5) + "}").getBytes(StandardCharsets.UTF_8), T0);
    assertThat(((EnrichedRecord.Diagnosed) given).cardAttemptsInWindow()).hasValue(cap + 5);
  }

  @Test
  void ledgerKeysDependOnCardMerchantAndSecretAndNeverShowThem() {
    LedgerKeys keys = LedgerKeys.withSecret(TopologyFixture.SECRET);
    String k = keys.keyOf("4111111111111111", "M-1");
    assertThat(keys.keyOf("4111-1111-1111-1111", "M-1")).isEqualTo(k);
    assertThat(keys.keyOf("4111111111111111", "M-2")).isNotEqualTo(k);
    assertThat(keys.keyOf("4012888888881881", "M-1")).isNotEqualTo(k);
    assertThat(LedgerKeys.withSecret(TopologyFixture.SECRET + "!").keyOf("4111111111111111", "M-1")).isNotEqualTo(k);
    assertThat(k).doesNotContain("4111").hasSize(43);
    assertThat(keys.toString()).doesNotContain(TopologyFixture.SECRET);
    assertThatThrownBy(() -> keys.keyOf("411111******1111", "M-1")).hasMessageContaining("12 to 19 digits, got 10 digits")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("411111"));
    assertThatThrownBy(() -> LedgerKeys.withSecret("short")).hasMessageContaining("at least 32 bytes");
  }
}
