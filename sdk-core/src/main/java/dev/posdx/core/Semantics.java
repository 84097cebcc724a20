package dev.posdx.core;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fixed steps from matched rules to one piece of advice (DESIGN.md, "Semantics"): root cause
 * over consequence, modifiers modify, then the invariants no pack can override. Used on the
 * diagnose path only when more than one rule matched or an invariant may apply.
 */
final class Semantics {

  /** Steps that present the card again: none of them may follow {@code NEVER} or precede reconciling. */
  static final Set<String> RETRY_ACTIONS =
      Frozen.set(Arrays.asList(
          "retry-now", "retry-later", "wait-and-retry", "insert-chip", "swipe-card", "tap-card", "ask-for-pin",
          "enter-pin-again", "correct-input", "start-new-sale", "activate-card"));

  /** What a diagnosis under {@code RECONCILE_FIRST} leads with. */
  static final List<Step> RECONCILE_STEPS =
      Frozen.listOf(
          Step.of(Audience.CASHIER, "reconcile-before-retry"),
          Step.of(Audience.CASHIER, "check-original-transaction"));

  private static final Step CALL_ISSUER = Step.of(Audience.CARDHOLDER, "call-issuer");

  private Semantics() {}

  /** The outcome of ranking: the primary, every finding in order with its role, and the advice. */
  record Ranked(
      CompiledRule primary,
      List<CompiledRule> order,
      List<FindingRole> roles,
      RetryAdvice retry,
      boolean contactIssuer,
      List<Step> steps) {}

  /** True when the request was sent and no reply came: no code, and the terminal says TIMEOUT. */
  static boolean sentNoReply(TransactionOutcome outcome) {
    return outcome.responseCode().isEmpty()
        && outcome.terminal().hostReply().isPresent()
        && outcome.terminal().hostReply().get() == HostReply.TIMEOUT;
  }

  /**
   * Ranks the matched rules (given in precedence order) and applies modifiers and invariants.
   * The scheme's reattempt cap is applied by the caller, after this. Null when only advice
   * matched a response code no rule knows: the diagnosis is then unknown, with that advice.
   */
  static @Nullable Ranked rank(List<CompiledRule> matched, TransactionOutcome outcome, CauseCatalog catalog) {
    List<CompiledRule> primaries = new ArrayList<>(matched.size());
    List<CompiledRule> modifiers = new ArrayList<>(2);
    for (CompiledRule r : matched) {
      (r.modifier ? modifiers : primaries).add(r);
    }
    if (primaries.isEmpty()) {
      if (outcome.responseCode().isPresent()) {
        // Advice on a code no rule knows: the cause stays unknown, the advice still applies.
        return null;
      }
      // Nothing but advice matched and no code: the first piece of advice is all there is to say.
      primaries.add(modifiers.remove(0));
    }

    int n = matched.size();
    List<CompiledRule> order = new ArrayList<>(n);
    List<FindingRole> roles = new ArrayList<>(n);

    // Root cause over consequence: a finding another one explains is secondary.
    List<CompiledRule> roots = new ArrayList<>(primaries.size());
    List<CompiledRule> explained = new ArrayList<>(2);
    List<Cause> explainers = new ArrayList<>(2);
    for (CompiledRule p : primaries) {
      Cause by = explainer(p, primaries, catalog);
      if (by == null) {
        roots.add(p);
      } else {
        explained.add(p);
        explainers.add(by);
      }
    }

    // Invariants choose the primary where one applies; otherwise the most specific root.
    boolean noReply = sentNoReply(outcome);
    FindingRole forced = null;
    CompiledRule primary = null;
    if (noReply) {
      primary = first(primaries, r -> r.decision() == RetryDecision.RECONCILE_FIRST);
      forced = FindingRole.SENT_NO_REPLY;
    } else {
      primary = first(primaries, r -> r.category() == Category.APPROVED);
      if (primary != null) {
        forced = FindingRole.APPROVAL_STANDS;
      } else {
        primary = first(primaries, r -> r.category() == Category.RISK);
        if (primary != null) {
          forced = FindingRole.RISK_FIRST;
        }
      }
    }
    if (primary == null) {
      primary = roots.get(0);
    }
    boolean forcedChoice = forced != null && primary != roots.get(0);

    order.add(primary);
    roles.add(FindingRole.PRIMARY);
    for (CompiledRule p : roots) {
      if (p != primary) {
        order.add(p);
        roles.add(forcedChoice || noReply ? forced : FindingRole.LESS_SPECIFIC);
      }
    }
    for (int i = 0; i < explained.size(); i++) {
      if (explained.get(i) != primary) {
        order.add(explained.get(i));
        roles.add(noReply ? FindingRole.SENT_NO_REPLY : FindingRole.explainedBy(explainers.get(i)));
      }
    }

    Conclusion then = primary.rule.then();
    RetryAdvice retry = then.retry();
    boolean contactIssuer = then.contactIssuer();
    CompiledRule applied = null;
    Category category = then.category();
    if (noReply) {
      retry = RetryAdvice.reconcileFirst();
    } else if (category == Category.APPROVED) {
      if (CauseDefinition.isRetry(retry.decision())) {
        retry = RetryAdvice.never();
      }
    } else if (category == Category.RISK) {
      retry = RetryAdvice.never();
    } else if (!primary.modifier) {
      // Modifiers modify: the first advice on the host's answer sets when and how to retry.
      applied = firstAdvice(modifiers);
      if (applied != null) {
        retry = applied.rule.then().retry();
        contactIssuer |= applied.rule.then().contactIssuer();
      }
    }
    for (CompiledRule m : modifiers) {
      order.add(m);
      roles.add(m == applied ? FindingRole.MODIFIER_APPLIED : FindingRole.ADVICE_ONLY);
    }

    List<Step> steps = steps(primary, order, applied, noReply, retry.decision(), contactIssuer);
    return new Ranked(primary, order, roles, retry, contactIssuer, steps);
  }

  private static @Nullable Cause explainer(CompiledRule p, List<CompiledRule> primaries, CauseCatalog catalog) {
    Cause cause = p.rule.then().cause();
    for (CompiledRule q : primaries) {
      Cause root = q.rule.then().cause();
      if (q != p && !root.equals(cause) && catalog.explains(root, cause)) {
        return root;
      }
    }
    return null;
  }

  private static @Nullable CompiledRule first(List<CompiledRule> rules, java.util.function.Predicate<CompiledRule> test) {
    for (CompiledRule r : rules) {
      if (test.test(r)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The primary's steps, then those of the advice taken and of the other findings that add steps
   * (every finding when no reply came: advice for afterwards), made to follow the decision.
   */
  private static List<Step> steps(
      CompiledRule primary, List<CompiledRule> order, @Nullable CompiledRule applied, boolean noReply,
      RetryDecision decision, boolean contactIssuer) {
    Set<Step> steps = new LinkedHashSet<>();
    if (decision == RetryDecision.RECONCILE_FIRST) {
      steps.addAll(RECONCILE_STEPS);
    }
    for (Step s : primary.rule.then().steps()) {
      // Advice taken from a modifier replaces the primary's own retry steps.
      if (applied == null || !RETRY_ACTIONS.contains(s.action())) {
        steps.add(s);
      }
    }
    for (CompiledRule r : order) {
      if (r != primary && (r.modifier || noReply)) {
        steps.addAll(r.rule.then().steps());
      }
    }
    return follow(steps, decision, contactIssuer);
  }

  /** Drops the steps the decision forbids: no retry under NEVER or before reconciling; no call without a reason. */
  static List<Step> follow(Iterable<Step> steps, RetryDecision decision, boolean contactIssuer) {
    boolean noRetry = forbidsRetry(decision);
    List<Step> kept = new ArrayList<>();
    for (Step s : steps) {
      if (!dropped(s, noRetry, contactIssuer)) {
        kept.add(s);
      }
    }
    return Frozen.list(kept);
  }

  /**
   * Whether a rule's conclusion keeps every invariant alone: a {@code RISK} cause says never, an
   * approval never says retry, reconciling leads under {@code RECONCILE_FIRST}, and {@link #follow}
   * drops none of its steps. Read once per rule when the index is built, so it builds and compares
   * no list.
   */
  static boolean keepsInvariantsAlone(Conclusion then) {
    RetryDecision d = then.retry().decision();
    if (then.category() == Category.RISK && d != RetryDecision.NEVER) {
      return false;
    }
    if (then.category() == Category.APPROVED && CauseDefinition.isRetry(d)) {
      return false;
    }
    List<Step> steps = then.steps();
    if (d == RetryDecision.RECONCILE_FIRST
        && !(steps.size() >= 2 && sameStep(steps.get(0), RECONCILE_STEPS.get(0)) && sameStep(steps.get(1), RECONCILE_STEPS.get(1)))) {
      return false;
    }
    boolean noRetry = forbidsRetry(d);
    for (int i = 0; i < steps.size(); i++) {
      if (dropped(steps.get(i), noRetry, then.contactIssuer())) {
        return false;
      }
    }
    return true;
  }

  private static boolean forbidsRetry(RetryDecision decision) {
    return decision == RetryDecision.NEVER || decision == RetryDecision.RECONCILE_FIRST;
  }

  // What follow() drops: a retry step where none may follow, a call to the issuer without a reason.
  private static boolean dropped(Step s, boolean noRetry, boolean contactIssuer) {
    return (noRetry && RETRY_ACTIONS.contains(s.action())) || (!contactIssuer && sameStep(s, CALL_ISSUER));
  }

  // Step.equals, with the arguments compared by identity first: steps without arguments share one
  // empty map, and ImmutableMap.equals would load Guava's Maps while the index is built.
  private static boolean sameStep(Step a, Step b) {
    return a.audience() == b.audience()
        && a.action().equals(b.action())
        && a.messageKey().equals(b.messageKey())
        && (a.arguments() == b.arguments() || a.arguments().equals(b.arguments()));
  }

  /** The advice that sets the retry of a decline: the first modifier that reads the host's answer. */
  static @Nullable CompiledRule firstAdvice(List<CompiledRule> modifiers) {
    for (CompiledRule m : modifiers) {
      if (m.readsHostAnswer && m.decision() != RetryDecision.RECONCILE_FIRST) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether ranking would keep {@code first} as the primary with its own advice and every other
   * finding as merely less specific: then the diagnosis needs no ranking (the commonest case with
   * two findings, a network's rule and the ISO base rule for one code).
   */
  static boolean plainStart(CompiledRule first, TransactionOutcome outcome) {
    return !first.modifier && first.cleanAlone && !sentNoReply(outcome);
  }

  /** See {@link #plainStart}: {@code other} neither decides by an invariant nor explains nor is explained. */
  static boolean plainOver(CompiledRule first, CompiledRule other, CauseCatalog catalog) {
    if (other.modifier) {
      return false;
    }
    Category mine = first.category();
    Category theirs = other.category();
    if (theirs == Category.APPROVED && mine != Category.APPROVED) {
      return false;
    }
    if (theirs == Category.RISK && mine != Category.RISK && mine != Category.APPROVED) {
      return false;
    }
    Cause a = first.rule.then().cause();
    Cause b = other.rule.then().cause();
    return a.equals(b) || (!catalog.explains(b, a) && !catalog.explains(a, b));
  }

  /** Whether a single matched rule's own advice already satisfies every invariant, so ranking is not needed. */
  static boolean clean(CompiledRule rule, TransactionOutcome outcome) {
    // Advice alone on a code decides nothing: the code's cause is unknown.
    return rule.cleanAlone && !(rule.modifier && outcome.responseCode().isPresent()) && !sentNoReply(outcome);
  }
}
