package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Scope;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.internal.VerdictCaching;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RulePack;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine keeps one verdict per matched rule set; what it answers does not change. */
class VerdictCacheTest {

  @Test
  void anyPackSetAnswersTheSameWithAndWithoutKeptVerdicts() {
    qt().withExamples(1_000).forAll(longs().all(), longs().all()).checkAssert((packSeed, outcomeSeed) -> {
      List<RulePack> packs = RandomRules.packs(packSeed);
      Diagnoser cached = Diagnoser.builder().addPacks(packs).build();
      Diagnoser uncached = VerdictCaching.off(() -> Diagnoser.builder().addPacks(packs).build());
      Random r = new Random(outcomeSeed);
      // Few outcomes per pack set share a cell, so each is asked twice: once to fill, once to read.
      for (int i = 0; i < 20; i++) {
        TransactionOutcome outcome = RandomOutcomes.of(r.nextLong());
        List<Object> expected = parts(uncached.diagnose(outcome));
        assertThat(parts(cached.diagnose(outcome))).as("%s with %s", outcome, packs).isEqualTo(expected);
        assertThat(parts(cached.diagnose(outcome))).as("%s with %s", outcome, packs).isEqualTo(expected);
      }
    });
  }

  @Test
  void payments_thatMatchTheSameRules_shareOneVerdict() {
    RulePack iso =
        TestRules.pack("iso", Scope.BASE,
            TestRules.rule("51", TestRules.conclude("account.insufficient-funds", Category.ACCOUNT, RetryAdvice.later()), Matcher.ResponseCodeIn.of("51")));
    Diagnoser diagnoser = Diagnoser.builder().addPack(iso).build();
    Diagnosis first = diagnoser.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("51").attempt(1).build());
    Diagnosis second =
        diagnoser.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("51").amount(Amount.of("12.00", "CNY")).build());
    assertThat(second.findings()).isSameAs(first.findings());
    assertThat(second.arguments()).isNotEqualTo(first.arguments());
    assertThat(diagnoser.index().candidates(Network.UNIONPAY, Optional.of(ResponseCode.of("51"))).verdicts)
        .satisfies(cache -> assertThat(cache.size()).isEqualTo(1));
  }

  @Test
  void aCellKeepsNoMoreVerdictsThanItsBound() {
    Random r = new Random(3);
    for (int n = 0; n < 200; n++) {
      List<RulePack> packs = RandomRules.packs(r.nextLong());
      Diagnoser diagnoser = Diagnoser.builder().addPacks(packs).build();
      for (int i = 0; i < 200; i++) {
        TransactionOutcome outcome = RandomOutcomes.of(r.nextLong());
        diagnoser.diagnose(outcome);
        RuleIndex.Candidates cell = diagnoser.index().candidates(outcome.network(), outcome.responseCode());
        if (cell.verdicts != null) {
          assertThat(cell.verdicts.size()).isLessThanOrEqualTo(16 + 4 * cell.rules.length);
        } else {
          assertThat(cell.rules.length).isGreaterThan(RuleIndex.Candidates.MAX_KEYED);
        }
      }
    }
  }

  /** Everything a diagnosis tells, through its public accessors. */
  private static List<Object> parts(Diagnosis d) {
    return List.of(
        d.cause(), d.category(), d.findings(), d.roles(), d.trace(), d.primary(), d.retry(), d.contactIssuer(),
        d.issuer(), d.issuerContact(), d.steps(), d.networkDisplay(), d.stalePacks(), d.arguments(),
        Arrays.stream(Audience.values()).map(d::causeFor).toList());
  }
}
