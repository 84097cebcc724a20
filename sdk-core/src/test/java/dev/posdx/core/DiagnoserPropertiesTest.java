package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that hold for any outcome and any pack set. */
class DiagnoserPropertiesTest {

  @Test
  void everyOutcomeGetsAConsistentDiagnosis() {
    qt().withExamples(3000)
        .forAll(longs().all(), longs().all())
        .checkAssert((packSeed, outcomeSeed) -> {
          Diagnoser diagnoser = Diagnoser.builder().addPacks(RandomRules.packs(packSeed)).build();
          TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);
          Diagnosis d = diagnoser.diagnose(outcome);

          assertThat(d).isNotNull();
          assertThat(d.outcome()).isSameAs(outcome);
          if (d.primary().isEmpty()) {
            assertThat(d.category()).isEqualTo(Category.UNKNOWN);
          }
          assertThat(d.roles()).hasSameSizeAs(d.findings());
          d.primary().ifPresent(p -> {
            assertThat(d.cause()).isEqualTo(p.cause());
            assertThat(d.category()).isEqualTo(p.category());
          });
          if (d.category() == Category.RISK) {
            assertThat(d.isDisclosedTo(Audience.CARDHOLDER)).isFalse();
          }
          outcome.attempt().ifPresent(a -> {
            if (d.findings().stream().anyMatch(f -> f.cause().id().equals("network.retry-limit"))) {
              assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
            }
          });
          assertThat(d.steps()).allSatisfy(s -> assertThat(s.arguments()).isEqualTo(d.arguments()));
          assertThat(d.toString()).isNotEmpty();
        });
  }

  @Test
  void diagnosisDoesNotDependOnTheOrderPacksWereAdded() {
    qt().withExamples(1500)
        .forAll(longs().all(), longs().all())
        .checkAssert((packSeed, outcomeSeed) -> {
          List<RulePack> packs = RandomRules.packs(packSeed);
          List<RulePack> shuffled = new ArrayList<>(packs);
          Collections.shuffle(shuffled, new Random(outcomeSeed));
          TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);

          Diagnosis a = Diagnoser.builder().addPacks(packs).build().diagnose(outcome);
          Diagnosis b = Diagnoser.builder().addPacks(shuffled).build().diagnose(outcome);

          assertThat(b.findings()).isEqualTo(a.findings());
          assertThat(b.retry()).isEqualTo(a.retry());
          assertThat(b.steps()).isEqualTo(a.steps());
          assertThat(b.trace()).isEqualTo(a.trace());
        });
  }

  @Test
  void theIndexFindsExactlyWhatAFullScanFinds() {
    qt().withExamples(3000)
        .forAll(longs().all(), longs().all())
        .checkAssert((packSeed, outcomeSeed) -> {
          List<RulePack> packs = RandomRules.packs(packSeed);
          TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);
          Diagnosis indexed = Diagnoser.builder().addPacks(packs).build().diagnose(outcome);

          List<CompiledRule> all = new ArrayList<>();
          for (RulePack pack : packs) {
            for (int i = 0; i < pack.rules().size(); i++) {
              all.add(new CompiledRule(pack, pack.rules().get(i), i, dev.posdx.core.rule.CauseCatalog.empty()));
            }
          }
          all.sort(CompiledRule.PRECEDENCE);
          List<Finding> scanned = new ArrayList<>();
          for (CompiledRule rule : all) {
            if (rule.rule.when().stream().allMatch(m -> m.test(outcome))) {
              scanned.add(rule.finding);
            }
          }
          assertThat(indexed.findings().stream().filter(f -> !f.cause().id().equals("network.retry-limit")).toList())
              .containsExactlyInAnyOrderElementsOf(scanned);
        });
  }
}
