package dev.posdx.core;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A rule ready for the diagnose path: the matchers the index has not already settled, and the
 * finding it yields, built once so that a diagnosis allocates almost nothing.
 */
final class CompiledRule {

  /**
   * Rank order: primary-capable before advice-only, then scope, then how narrowly the rule
   * matches (more matchers, then fewer accepted values); pack id and declaration order only break
   * exact ties.
   */
  static final Comparator<CompiledRule> PRECEDENCE = new Precedence();

  // Written out, not a Comparator.comparing chain: the chain's lambdas are spun at start-up.
  private static final class Precedence implements Comparator<CompiledRule> {
    @Override
    public int compare(CompiledRule a, CompiledRule b) {
      int c = Boolean.compare(a.modifier, b.modifier);
      if (c == 0) {
        c = Integer.compare(-a.pack.scope().specificity(), -b.pack.scope().specificity());
      }
      if (c == 0) {
        c = Integer.compare(-a.rule.specificity(), -b.rule.specificity());
      }
      if (c == 0) {
        c = Integer.compare(a.breadth, b.breadth);
      }
      if (c == 0) {
        c = a.pack.id().compareTo(b.pack.id());
      }
      return c != 0 ? c : Integer.compare(a.index, b.index);
    }
  }

  final RulePack pack;
  final Rule rule;
  final int index;
  final Finding finding;
  final ImmutableList<Finding> alone;
  /** Advice only (supplementary, or an advice-only cause in the catalog): modifies, never decides. */
  final boolean modifier;
  /** Reads the host's answer (a response or merchant advice code), so its advice is about this decline. */
  final boolean readsHostAnswer;
  /** Its own conclusion already keeps every invariant, so a diagnosis it alone decides needs no ranking. */
  final boolean cleanAlone;
  /** How many values its matchers accept together; fewer is narrower. */
  final int breadth;
  // Masks the feature word must meet: one per feature matcher, then one per field another matcher needs.
  private final long[] featureMasks;
  private final Matcher[] residual;

  CompiledRule(RulePack pack, Rule rule, int index, CauseCatalog catalog) {
    this.pack = pack;
    this.rule = rule;
    this.index = index;
    // One loop, not four streams: every installed rule is compiled at start-up.
    List<Matcher> when = rule.when();
    long[] masks = new long[when.size()];
    int maskCount = 0;
    long[] needed = new long[when.size()];
    int neededCount = 0;
    List<Matcher> rest = new ArrayList<>(when.size());
    ImmutableList.Builder<Evidence> evidenceBuilder = ImmutableList.builderWithExpectedSize(when.size());
    boolean hostAnswer = false;
    for (Matcher m : when) {
      long mask = OutcomeFeatures.mask(m);
      if (mask != 0) {
        masks[maskCount++] = mask;
      } else if (!(m instanceof Matcher.NetworkIn) && !(m instanceof Matcher.ResponseCodeIn)) {
        rest.add(m);
        long needs = OutcomeFeatures.needs(m);
        if (needs != 0) {
          needed[neededCount++] = needs;
        }
      }
      evidenceBuilder.add(m.evidence());
      hostAnswer |= m instanceof Matcher.ResponseCodeIn || m instanceof Matcher.AdviceCodeIn;
    }
    System.arraycopy(needed, 0, masks, maskCount, neededCount);
    this.featureMasks = Arrays.copyOf(masks, maskCount + neededCount);
    this.residual = rest.toArray(new Matcher[0]);
    ImmutableList<Evidence> evidence = evidenceBuilder.build();
    this.finding =
        new Finding(
            rule.then().cause(),
            rule.then().category(),
            rule.then().confidence(),
            new TraceEntry(pack.id(), pack.version(), rule.id(), evidence));
    this.alone = ImmutableList.of(finding);
    Conclusion then = rule.then();
    this.modifier = then.supplementary() || catalog.isAdviceOnly(then.cause());
    this.readsHostAnswer = hostAnswer;
    RetryDecision d = then.retry().decision();
    this.cleanAlone =
        !(then.category() == Category.RISK && d != RetryDecision.NEVER)
            && !(then.category() == Category.APPROVED && CauseDefinition.isRetry(d))
            && (d != RetryDecision.RECONCILE_FIRST || then.steps().subList(0, Math.min(2, then.steps().size())).equals(Semantics.RECONCILE_STEPS))
            && Semantics.follow(then.steps(), d, then.contactIssuer()).equals(then.steps());
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
    this.breadth = values;
  }

  RetryDecision decision() {
    return rule.then().retry().decision();
  }

  Category category() {
    return rule.then().category();
  }

  /**
   * Tests the matchers the index could not settle (network and code are known to hold): first
   * the feature masks, then the remaining matchers.
   */
  boolean matchesRest(long features, TransactionOutcome outcome) {
    return matchesFeatures(features) && matchesResidual(outcome);
  }

  /** Whether the outcome's feature word meets every mask of the rule (its feature matchers and the fields the others need). */
  boolean matchesFeatures(long features) {
    for (long mask : featureMasks) {
      if ((features & mask) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the rule's matchers that no feature bit settles all hold; true when it has none. */
  boolean matchesResidual(TransactionOutcome outcome) {
    for (Matcher m : residual) {
      if (!m.test(outcome)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the feature word alone decides the rule (it has no matcher beyond features, network and code). */
  boolean settledByFeatures() {
    return residual.length == 0;
  }

  /**
   * A mask the outcome's features must meet for the rule to match; all bits when it has no mask
   * (every outcome has a feature bit: the code's presence or absence).
   */
  long gate() {
    return featureMasks.length == 0 ? -1L : featureMasks[0];
  }

  /** False when the rule can never match an outcome with (or without) a response code. */
  boolean possibleWithCode(boolean codePresent) {
    long needed = OutcomeFeatures.codePresent(codePresent);
    long other = OutcomeFeatures.codePresent(!codePresent);
    for (long mask : featureMasks) {
      if ((mask & (needed | other)) != 0 && (mask & needed) == 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return pack.id() + "/" + rule.id();
  }
}
