package dev.posdx.core;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.internal.Verdict;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Conclusion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the matched rules conclude (DESIGN.md, "Semantics"), with the scheme's reattempt cap
 * applied or not. A pure function of the matched rules (in precedence order) and of the two
 * outcome facts ranking reads, whether a response code is present and whether the request was
 * sent without a reply: that is what lets the engine keep one verdict per matched rule set.
 */
final class Verdicts {

  private Verdicts() {}

  /**
   * The verdict of {@code matched}; {@code cap} is the budget to apply when the caller found the
   * outcome past it, null otherwise. Only the code's presence and sent-without-reply are read
   * from {@code outcome}.
   */
  static Verdict of(List<CompiledRule> matched, TransactionOutcome outcome, CauseCatalog catalog, @Nullable RetryBudget cap) {
    if (matched.isEmpty()) {
      return unmatched(outcome, cap);
    }
    CompiledRule first = matched.get(0);
    Conclusion then = first.rule.then();
    // The commonest cases, one clean rule or a clean rule over merely less specific ones, need no ranking.
    if (matched.size() == 1 && Semantics.clean(first, outcome)) {
      return decided(first, first.alone(), null, then.retry(), then.contactIssuer(), then.steps(), cap);
    }
    if (matched.size() > 1 && Semantics.plainStart(first, outcome) && plainOverAll(first, matched, catalog)) {
      return decided(first, findings(matched), null, then.retry(), then.contactIssuer(), then.steps(), cap);
    }
    Semantics.Ranked ranked = Semantics.rank(matched, outcome, catalog);
    if (ranked == null) {
      return unknownWithAdvice(outcome, matched, cap);
    }
    return decided(ranked.primary(), findings(ranked.order()), ranked.roles(), ranked.retry(), ranked.contactIssuer(), ranked.steps(), cap);
  }

  private static boolean plainOverAll(CompiledRule first, List<CompiledRule> matched, CauseCatalog catalog) {
    for (int i = 1; i < matched.size(); i++) {
      if (!Semantics.plainOver(first, matched.get(i), catalog)) {
        return false;
      }
    }
    return true;
  }

  private static List<Finding> findings(List<CompiledRule> rules) {
    List<Finding> findings = new ArrayList<>(rules.size() + 1);
    for (CompiledRule r : rules) {
      findings.add(r.finding());
    }
    return findings;
  }

  private static Verdict decided(
      CompiledRule primary, List<Finding> findings, @Nullable List<FindingRole> roles,
      RetryAdvice retry, boolean contactIssuer, List<Step> steps, @Nullable RetryBudget cap) {
    Conclusion then = primary.rule.then();
    if (cap != null) {
      retry = RetryAdvice.never();
      findings = plus(findings, cap.finding());
      roles = withRole(roles, findings.size() - 1, FindingRole.RETRY_LIMIT);
      steps = Semantics.follow(plusAll(steps, RetryBudget.STEPS), RetryDecision.NEVER, contactIssuer);
    }
    return new Verdict(
        then.cause(), then.category(), findings, retry, contactIssuer, steps, then.withheldFrom(), then.networkDisplay(), roles);
  }

  // Nothing matched: the cap still applies, and an unknown answer never says retry past it.
  private static Verdict unmatched(TransactionOutcome outcome, @Nullable RetryBudget cap) {
    Diagnosis unknown = Diagnosis.unknown(outcome);
    if (cap == null) {
      return new Verdict(
          unknown.cause(), unknown.category(), unknown.findings(), unknown.retry(), unknown.contactIssuer(),
          Diagnosis.unknownSteps(), Set.of(), unknown.networkDisplay(), null);
    }
    List<Step> steps = plusAll(Diagnosis.unknownSteps(), RetryBudget.STEPS);
    return new Verdict(
        Cause.UNKNOWN, Category.UNKNOWN, List.of(cap.finding()), RetryAdvice.never(), false,
        Semantics.follow(steps, RetryDecision.NEVER, false), Set.of(), Map.of(), List.of(FindingRole.RETRY_LIMIT));
  }

  // A code no rule knows, with advice (a merchant advice code, peak load): the cause stays unknown.
  private static Verdict unknownWithAdvice(TransactionOutcome outcome, List<CompiledRule> modifiers, @Nullable RetryBudget cap) {
    CompiledRule applied = Semantics.firstAdvice(modifiers);
    RetryAdvice retry = applied == null ? Diagnosis.unknown(outcome).retry() : applied.rule.then().retry();
    List<Finding> findings = new ArrayList<>();
    List<FindingRole> roles = new ArrayList<>();
    List<Step> steps = new ArrayList<>(Diagnosis.unknownSteps());
    for (CompiledRule m : modifiers) {
      findings.add(m.finding());
      roles.add(m == applied ? FindingRole.MODIFIER_APPLIED : FindingRole.ADVICE_ONLY);
      steps.addAll(m.rule.then().steps());
    }
    if (cap != null) {
      retry = RetryAdvice.never();
      findings.add(cap.finding());
      roles.add(FindingRole.RETRY_LIMIT);
      steps.addAll(RetryBudget.STEPS);
    }
    return new Verdict(
        Cause.UNKNOWN, Category.UNKNOWN, findings, retry, false,
        Semantics.follow(new LinkedHashSet<>(steps), retry.decision(), false), Set.of(), Map.of(), roles);
  }

  private static List<FindingRole> withRole(@Nullable List<FindingRole> roles, int size, FindingRole last) {
    List<FindingRole> all = new ArrayList<>(size + 1);
    if (roles == null) {
      all.add(FindingRole.PRIMARY);
      for (int i = 1; i < size; i++) {
        all.add(FindingRole.LESS_SPECIFIC);
      }
    } else {
      all.addAll(roles);
    }
    all.add(last);
    return all;
  }

  // Verdict copies what it keeps, so these build plain lists.
  private static <E> List<E> plus(List<E> first, E last) {
    List<E> all = new ArrayList<>(first.size() + 1);
    all.addAll(first);
    all.add(last);
    return all;
  }

  private static <E> List<E> plusAll(List<E> first, List<E> rest) {
    List<E> all = new ArrayList<>(first.size() + rest.size());
    all.addAll(first);
    all.addAll(rest);
    return all;
  }
}
