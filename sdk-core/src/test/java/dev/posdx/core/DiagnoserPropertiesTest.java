package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any outcome and any pack set, each checked against an oracle that
 * does not share the engine's code: a rule matches when every matcher's {@code test} holds.
 */
class DiagnoserPropertiesTest {

  private static final Set<RetryDecision> RETRIES = EnumSet.of(RetryDecision.NOW, RetryDecision.LATER, RetryDecision.WITH_CHANGE);

  @Test
  void theGeneratorsProduceEveryMatcherKind() {
    Set<Class<?>> generated = new HashSet<>();
    Random r = new Random(1);
    for (int i = 0; i < 2_000; i++) {
      RandomRules.packs(r.nextLong()).forEach(pack -> pack.rules().forEach(rule -> rule.when().forEach(m -> generated.add(m.getClass()))));
    }
    assertThat(generated).containsExactlyInAnyOrder(Matcher.class.getPermittedSubclasses());
  }

  @Test
  void everyCompiledMaskAgreesWithItsMatchersTest() {
    qt().withExamples(20_000)
        .forAll(longs().all(), longs().all())
        .checkAssert((matcherSeed, outcomeSeed) -> {
          TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);
          long features = OutcomeFeatures.of(outcome);
          Random r = new Random(matcherSeed);
          for (int kind = 0; kind < RandomRules.MATCHER_KINDS; kind++) {
            Matcher m = RandomRules.matcher(r, kind);
            long mask = OutcomeFeatures.mask(m);
            long needs = OutcomeFeatures.needs(m);
            if (mask != 0) {
              assertThat((features & mask) != 0).as("mask of %s on %s", m, outcome).isEqualTo(m.test(outcome));
            } else if (needs != 0 && m.test(outcome)) {
              // Rules are ruled out by the field bit before this matcher is tested: a wrong bit would lose a finding.
              assertThat(features & needs).as("%s holds on %s without its field bit", m, outcome).isNotZero();
            }
          }
        });
  }

  @Test
  void theFindingsAreExactlyTheRulesWhoseMatchersAllHold() {
    forAnyPacksAndOutcome((packs, outcome, d) -> {
      List<String> found = ruleFindings(d).stream().map(DiagnoserPropertiesTest::ruleKey).toList();
      assertThat(found).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(holdingRules(packs, outcome).keySet());
    });
  }

  @Test
  void theDiagnosisFollowsItsPrimaryFindingAndModifiersNeverLead() {
    forAnyPacksAndOutcome((packs, outcome, d) -> {
      Map<String, Rule> holding = holdingRules(packs, outcome);
      boolean onlyAdvice = holding.values().stream().allMatch(rule -> rule.then().supplementary());
      // Advice on a response code that no rule knows decides nothing: the cause stays unknown.
      if (holding.isEmpty() || (onlyAdvice && outcome.responseCode().isPresent())) {
        assertThat(d.cause()).isEqualTo(Cause.UNKNOWN);
        assertThat(d.primary()).isEmpty();
        return;
      }
      assertThat(d.roles()).as("each finding says why it leads or follows").hasSameSizeAs(d.findings());
      Finding primary = d.primary().orElseThrow();
      Rule primaryRule = holding.get(ruleKey(primary));
      assertThat(primaryRule).as("the primary finding comes from a rule that holds").isNotNull();
      assertThat(d.cause()).isEqualTo(primaryRule.then().cause());
      assertThat(d.category()).isEqualTo(primaryRule.then().category());
      if (primaryRule.then().supplementary()) {
        assertThat(holding.values()).as("an advice-only finding leads only when nothing else matched")
            .allMatch(rule -> rule.then().supplementary());
      }
    });
  }

  @Test
  void noRetryIsAdvisedPastTheSchemesLimit() {
    forAnyPacksAndOutcome((packs, outcome, d) -> {
      boolean limitFinding = d.findings().stream().anyMatch(f -> f.cause().equals(RetryBudget.CAUSE));
      if (limitFinding) {
        assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
      }
      int tries = Math.max(outcome.attempt().orElse(0), outcome.cardAttemptsInWindow().orElse(0));
      boolean pastEveryLimit =
          packs.stream().flatMap(p -> p.retryLimits().stream())
              .filter(l -> l.network() == outcome.network())
              .mapToInt(RetryLimit::maxAttempts)
              .max()
              .stream()
              .anyMatch(loosest -> tries >= loosest);
      if (pastEveryLimit && d.primary().isPresent()) {
        assertThat(d.retry().decision()).as("tries %s on %s", tries, outcome.network()).isNotIn(RETRIES);
      }
    });
  }

  @Test
  void diagnosisDoesNotDependOnTheOrderPacksWereAdded() {
    qt().withExamples(1_500)
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
          assertThat(b.contactIssuer()).isEqualTo(a.contactIssuer());
        });
  }

  /** One property over a generated pack set, a generated outcome and its diagnosis. */
  private interface DiagnosisCheck {
    void check(List<RulePack> packs, TransactionOutcome outcome, Diagnosis d);
  }

  private static void forAnyPacksAndOutcome(DiagnosisCheck property) {
    qt().withExamples(2_000)
        .forAll(longs().all(), longs().all())
        .checkAssert((packSeed, outcomeSeed) -> {
          List<RulePack> packs = RandomRules.packs(packSeed);
          TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);
          property.check(packs, outcome, Diagnoser.builder().addPacks(packs).build().diagnose(outcome));
        });
  }

  // The oracle: every rule of every pack whose matchers all hold, by pack and rule id.
  private static Map<String, Rule> holdingRules(List<RulePack> packs, TransactionOutcome outcome) {
    Map<String, Rule> holding = new HashMap<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        if (rule.when().stream().allMatch(m -> m.test(outcome))) {
          holding.put(pack.id() + "/" + rule.id(), rule);
        }
      }
    }
    return holding;
  }

  // The findings that come from rules, not from the engine's own retry-limit check.
  private static List<Finding> ruleFindings(Diagnosis d) {
    return d.findings().stream().filter(f -> !f.cause().equals(RetryBudget.CAUSE)).collect(Collectors.toList());
  }

  private static String ruleKey(Finding f) {
    return f.source().packId() + "/" + f.source().ruleId();
  }
}
