package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the index keeps per rule and per cell, precomputed when it is built, against the same
 * answers computed from scratch from the rules' matchers and conclusions.
 */
class RuleIndexTest {

  @Test
  void everyCellHoldsTheRulesThatCanMatchItInPrecedenceOrder() {
    qt().withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      List<RulePack> packs = RandomRules.packs(seed);
      List<RulePack> shuffled = new ArrayList<>(packs);
      Collections.shuffle(shuffled, new Random(seed));
      RuleIndex index = RuleIndex.compile(shuffled, CauseCatalog.empty(), true);
      Set<ResponseCode> named = new TreeSet<>();
      for (RulePack pack : packs) {
        for (Rule rule : pack.rules()) {
          Set<ResponseCode> codes = codes(rule);
          if (codes != null) {
            named.addAll(codes);
          }
        }
      }
      List<Optional<ResponseCode>> probes = new ArrayList<>();
      probes.add(Optional.empty());
      probes.add(Optional.of(ResponseCode.of("ZZZ"))); // named by no generated rule
      for (ResponseCode code : named) {
        probes.add(Optional.of(code));
      }
      for (Network network : Network.values()) {
        for (Optional<ResponseCode> code : probes) {
          assertThat(index.candidateIds(network, code))
              .as("%s %s in %s", network, code, packs)
              .containsExactlyElementsOf(fromScratch(packs, network, code));
        }
      }
      assertThat(index.ruleCount()).isEqualTo(packs.stream().mapToInt(p -> p.rules().size()).sum());
    });
  }

  @Test
  void aRulesFindingBuiltOnFirstUseIsTheOneItsRuleDescribes() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      for (RulePack pack : RandomRules.packs(seed)) {
        for (int i = 0; i < pack.rules().size(); i++) {
          Rule rule = pack.rules().get(i);
          CompiledRule compiled = new CompiledRule(pack, rule, i, 0, CauseCatalog.empty());
          List<Evidence> evidence = new ArrayList<>();
          for (Matcher m : rule.when()) {
            evidence.add(m.evidence());
          }
          Conclusion then = rule.then();
          Finding expected =
              new Finding(then.cause(), then.category(), then.confidence(), new TraceEntry(pack.id(), pack.version(), rule.id(), evidence));
          assertThat(compiled.finding()).isEqualTo(expected);
          assertThat(compiled.alone()).containsExactly(expected);
          // Built once: every verdict of the rule shares one finding.
          assertThat(compiled.alone()).isSameAs(compiled.alone());
          assertThat(compiled.finding()).isSameAs(compiled.alone().get(0));
        }
      }
    });
  }

  @Test
  void aConclusionKeepsTheInvariantsAloneExactlyWhenFollowingItsStepsChangesNothing() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Conclusion then = conclusion(new Random(seed));
      RetryDecision d = then.retry().decision();
      // What following the decision leaves, by DESIGN.md's rule and Step.equals: no retry step
      // under NEVER or before reconciling, no call to the issuer without a reason.
      boolean noRetry = d == RetryDecision.NEVER || d == RetryDecision.RECONCILE_FIRST;
      List<Step> followed = new ArrayList<>();
      for (Step s : then.steps()) {
        if (!(noRetry && Semantics.RETRY_ACTIONS.contains(s.action()))
            && !(!then.contactIssuer() && s.equals(Step.of(Audience.CARDHOLDER, "call-issuer")))) {
          followed.add(s);
        }
      }
      assertThat(Semantics.follow(then.steps(), d, then.contactIssuer())).isEqualTo(followed);
      // The definition, as the index computed it for every rule before it was written out.
      boolean expected =
          !(then.category() == Category.RISK && d != RetryDecision.NEVER)
              && !(then.category() == Category.APPROVED && CauseDefinition.isRetry(d))
              && (d != RetryDecision.RECONCILE_FIRST
                  || then.steps().subList(0, Math.min(2, then.steps().size())).equals(Semantics.RECONCILE_STEPS))
              && followed.equals(then.steps());
      assertThat(Semantics.keepsInvariantsAlone(then)).as("%s %s %s", then.category(), then.retry(), then.steps()).isEqualTo(expected);
    });
  }

  // The cell from its definition: the rules whose networks include this one and that can match
  // with this code (or, without a code or with one no such rule names, the rules that read no code).
  private static List<String> fromScratch(List<RulePack> packs, Network network, Optional<ResponseCode> code) {
    List<Ranked> anyCode = new ArrayList<>();
    List<Ranked> withCode = new ArrayList<>();
    for (RulePack pack : packs) {
      for (int i = 0; i < pack.rules().size(); i++) {
        Rule rule = pack.rules().get(i);
        if (!appliesTo(rule, network)) {
          continue;
        }
        Set<ResponseCode> codes = codes(rule);
        Ranked ranked = new Ranked(pack, rule, i);
        if (codes == null) {
          anyCode.add(ranked);
        } else if (code.isPresent() && codes.contains(code.get()) && possibleWithCode(rule)) {
          withCode.add(ranked);
        }
      }
    }
    List<Ranked> cell = new ArrayList<>();
    if (withCode.isEmpty()) {
      cell.addAll(anyCode);
    } else {
      cell.addAll(withCode);
      for (Ranked r : anyCode) {
        if (possibleWithCode(r.rule)) {
          cell.add(r);
        }
      }
    }
    cell.sort(PRECEDENCE);
    List<String> ids = new ArrayList<>();
    for (Ranked r : cell) {
      ids.add(r.pack.id() + "/" + r.rule.id());
    }
    return ids;
  }

  private record Ranked(RulePack pack, Rule rule, int index) {}

  // DESIGN.md's precedence, from the rules: primary-capable first, then scope, more matchers,
  // fewer accepted values, pack id and declaration order.
  private static final Comparator<Ranked> PRECEDENCE =
      Comparator.<Ranked, Boolean>comparing(r -> r.rule.then().supplementary())
          .thenComparing(r -> -r.pack.scope().specificity())
          .thenComparing(r -> -r.rule.when().size())
          .thenComparing(r -> breadth(r.rule))
          .thenComparing(r -> r.pack.id())
          .thenComparing(r -> r.index);

  private static int breadth(Rule rule) {
    int values = 0;
    for (Matcher m : rule.when()) {
      long mask = OutcomeFeatures.mask(m);
      if (mask != 0) {
        values += Long.bitCount(mask);
      } else if (m instanceof Matcher.ResponseCodeIn in) {
        values += in.codes().size();
      } else if (m instanceof Matcher.AdviceCodeIn in) {
        values += in.codes().size();
      } else if (m instanceof Matcher.NetworkIn in) {
        values += in.networks().size();
      }
    }
    return values;
  }

  private static boolean appliesTo(Rule rule, Network network) {
    for (Matcher m : rule.when()) {
      if (m instanceof Matcher.NetworkIn in && !in.networks().contains(network)) {
        return false;
      }
    }
    return true;
  }

  private static Set<ResponseCode> codes(Rule rule) {
    Set<ResponseCode> codes = null;
    for (Matcher m : rule.when()) {
      if (m instanceof Matcher.ResponseCodeIn in) {
        codes = in.codes();
      }
    }
    return codes;
  }

  // Only "the response code is absent" rules out every outcome with a code.
  private static boolean possibleWithCode(Rule rule) {
    for (Matcher m : rule.when()) {
      if (m instanceof Matcher.ResponseCodePresent p && !p.present()) {
        return false;
      }
    }
    return true;
  }

  // Every category and decision, with steps drawn from those the invariants read: the reconcile
  // pair, calling the issuer (for the cardholder or not), retry actions and a neutral one.
  private static Conclusion conclusion(Random r) {
    Category category = Category.values()[r.nextInt(Category.values().length)];
    RetryAdvice retry =
        switch (r.nextInt(5)) {
          case 0 -> RetryAdvice.now();
          case 1 -> RetryAdvice.later(Duration.ofMinutes(1 + r.nextInt(60)));
          case 2 -> RetryAdvice.withChange(RetryChange.values()[r.nextInt(RetryChange.values().length)]);
          case 3 -> RetryAdvice.never();
          default -> RetryAdvice.reconcileFirst();
        };
    List<Step> pool =
        List.of(
            Semantics.RECONCILE_STEPS.get(0),
            Semantics.RECONCILE_STEPS.get(1),
            Step.of(Audience.CARDHOLDER, "call-issuer"),
            Step.of(Audience.CASHIER, "call-issuer"),
            Step.of(Audience.CARDHOLDER, "retry-later"),
            Step.of(Audience.CASHIER, "insert-chip"),
            Step.of(Audience.CASHIER, "check-card"));
    Set<Step> steps = new LinkedHashSet<>();
    if (r.nextInt(3) == 0) {
      steps.addAll(Semantics.RECONCILE_STEPS);
    }
    for (int n = r.nextInt(4); n > 0; n--) {
      steps.add(pool.get(r.nextInt(pool.size())));
    }
    return Conclusion.builder(Cause.of("issuer.c" + r.nextInt(5)), category, Confidence.values()[r.nextInt(Confidence.values().length)], retry)
        .contactIssuer(r.nextBoolean())
        .steps(List.copyOf(steps))
        .build();
  }
}
