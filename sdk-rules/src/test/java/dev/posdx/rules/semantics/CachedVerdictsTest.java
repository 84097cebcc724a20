package dev.posdx.rules.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.internal.VerdictCaching;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.TransactionOutcome;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps one verdict per matched rule set and applies the payment's own parts on top
 * (attempts against the cap, the issuer, stale packs, arguments). Swept over the built-in packs
 * (see {@link Sweep}) with times around the calendar pack's {@code validUntil} and its peaks, a
 * diagnoser that keeps verdicts answers exactly as one that computes every verdict anew.
 */
class CachedVerdictsTest {

  private static final Diagnoser CACHED = Diagnoser.builder().addInstalledPacks().addInstalledIssuerDirectory().build();
  private static final Diagnoser UNCACHED =
      VerdictCaching.off(() -> Diagnoser.builder().addInstalledPacks().addInstalledIssuerDirectory().build());
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  /** Around cn-calendar's validUntil (2026-12-31, in China's and in UTC's day), its peaks, and an ordinary day. */
  private static final List<ZonedDateTime> TIMES =
      List.of(
          Sweep.TIME,
          ZonedDateTime.of(2026, 12, 12, 12, 0, 0, 0, CHINA),
          ZonedDateTime.of(2026, 12, 31, 12, 30, 0, 0, CHINA),
          ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, CHINA),
          ZonedDateTime.of(2026, 12, 31, 20, 0, 0, 0, ZoneOffset.UTC),
          ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, CHINA),
          ZonedDateTime.of(2027, 1, 1, 12, 0, 0, 0, CHINA),
          ZonedDateTime.of(2027, 6, 18, 18, 0, 0, 0, CHINA),
          ZonedDateTime.of(2027, 11, 11, 10, 0, 0, 0, CHINA));
  private static final List<String> PANS = List.of("6217000000000001234", "4111111111111111", "5500000000000004");

  @Test
  void aDiagnoserThatKeepsVerdictsAnswersAsOneThatComputesEach() {
    qt().withExamples(30_000).forAll(longs().all()).checkAssert(seed -> {
      TransactionOutcome outcome = outcome(Sweep.random(seed), new Random(~seed));
      List<Object> expected = parts(UNCACHED.diagnose(outcome));
      // The first call may fill the cell's cache, the second reads it.
      assertThat(parts(CACHED.diagnose(outcome))).as("%s", outcome).isEqualTo(expected);
      assertThat(parts(CACHED.diagnose(outcome))).as("%s", outcome).isEqualTo(expected);
    });
  }

  @Test
  void theSweepReachesStalePacksTheCapAndIssuers() {
    Random r = new Random(7);
    boolean stale = false;
    boolean capped = false;
    boolean issuer = false;
    for (int i = 0; i < 20_000; i++) {
      Diagnosis d = CACHED.diagnose(outcome(Sweep.random(r.nextLong()), r));
      stale |= !d.stalePacks().isEmpty();
      capped |= d.findings().stream().anyMatch(f -> f.cause().id().equals("network.retry-limit"));
      issuer |= d.issuer().isPresent();
    }
    assertThat(List.of(stale, capped, issuer)).containsOnly(true);
  }

  private static TransactionOutcome outcome(Sweep s, Random r) {
    TransactionOutcome.Builder b = s.untimed();
    int time = r.nextInt(TIMES.size() + 1);
    if (time < TIMES.size()) {
      b.time(TIMES.get(time));
    }
    switch (r.nextInt(3)) {
      case 0 -> b.merchant(MerchantContext.builder().country(CountryCode.of("CN")).build());
      case 1 -> b.merchant(MerchantContext.builder().country(CountryCode.of("DE")).build());
      default -> { }
    }
    if (r.nextBoolean()) {
      b.pan(PANS.get(r.nextInt(PANS.size())));
    }
    if (r.nextInt(4) == 0) {
      b.cardAttemptsInWindow(new int[] {1, 20, 21, 35, 36}[r.nextInt(5)]);
    }
    return b.build();
  }

  /** Everything a diagnosis tells, through its public accessors. */
  private static List<Object> parts(Diagnosis d) {
    return List.of(
        d.cause(), d.category(), d.findings(), d.roles(), d.trace(), d.primary(), d.retry(), d.contactIssuer(),
        d.issuer(), d.issuerContact(), d.steps(), d.networkDisplay(), d.stalePacks(), d.arguments(),
        Arrays.stream(Audience.values()).map(d::causeFor).toList());
  }
}
