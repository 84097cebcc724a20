package dev.posdx.core;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
  // Ints only: the pack's place by id is computed once per pack, not compared as text per pair.
  private static final class Precedence implements Comparator<CompiledRule> {
    @Override
    public int compare(CompiledRule a, CompiledRule b) {
      int c = Boolean.compare(a.modifier, b.modifier);
      if (c == 0) {
        c = Integer.compare(-a.pack.scope().specificity(), -b.pack.scope().specificity());
      }
      if (c == 0) {
        c = Integer.compare(-a.specificity, -b.specificity);
      }
      if (c == 0) {
        c = Integer.compare(a.breadth, b.breadth);
      }
      if (c == 0) {
        c = Integer.compare(a.packById, b.packById);
      }
      return c != 0 ? c : Integer.compare(a.index, b.index);
    }
  }

  final RulePack pack;
  final Rule rule;
  final int index;
  /** The pack's place among the diagnoser's packs sorted by id (ids are unique there). */
  final int packById;
  /** Advice only (supplementary, or an advice-only cause in the catalog): modifies, never decides. */
  final boolean modifier;
  /** Reads the host's answer (a response or merchant advice code), so its advice is about this decline. */
  final boolean readsHostAnswer;
  /** Its own conclusion already keeps every invariant, so a diagnosis it alone decides needs no ranking. */
  final boolean cleanAlone;
  /** How many values its matchers accept together; fewer is narrower. */
  final int breadth;
  /** How many matchers it has, as {@link Rule#specificity()}. */
  final int specificity;
  /** One bit per network ordinal it can match (every network's bit when it names none). */
  final int networks;
  /** The codes of its (last) response-code matcher; null when it matches any code or none. */
  final @Nullable Set<ResponseCode> codes;
  /** Whether it can ever match an outcome that has a response code: {@code possibleWithCode(true)}, kept. */
  final boolean possibleWithACode;
  /** Its place in the index's precedence order, set once by the index before any cell is built. */
  int rank;
  // Masks the feature word must meet: one per feature matcher, then one per field another matcher needs.
  private final long[] featureMasks;
  private final Matcher[] residual;
  // The finding, built on first use: most rules never match in a terminal's life, and its evidence
  // text (every matcher's condition in words) is the costliest part of compiling a rule.
  private volatile @Nullable List<Finding> alone;

  @SuppressWarnings("EnumOrdinal") // network bits: in memory only, for the index this JVM builds
  CompiledRule(RulePack pack, Rule rule, int index, int packById, CauseCatalog catalog) {
    this.pack = pack;
    this.rule = rule;
    this.index = index;
    this.packById = packById;
    // One loop over the matchers, not one per fact: every installed rule is compiled at start-up.
    List<Matcher> when = rule.when();
    long[] masks = new long[when.size()];
    int maskCount = 0;
    long[] needed = new long[when.size()];
    int neededCount = 0;
    Matcher[] rest = new Matcher[when.size()];
    int restCount = 0;
    boolean hostAnswer = false;
    int values = 0;
    int networkBits = -1;
    Set<ResponseCode> codeSet = null;
    for (int i = 0; i < when.size(); i++) {
      Matcher m = when.get(i);
      long mask = OutcomeFeatures.mask(m);
      if (mask != 0) {
        masks[maskCount++] = mask;
        values += Long.bitCount(mask);
      } else if (m instanceof Matcher.NetworkIn in) {
        int bits = 0;
        for (Network n : in.networks()) {
          bits |= 1 << n.ordinal();
        }
        networkBits &= bits;
        values += in.networks().size();
      } else if (m instanceof Matcher.ResponseCodeIn in) {
        codeSet = in.codes(); // already an immutable set: no copy at start-up
        values += in.codes().size();
        hostAnswer = true;
      } else {
        rest[restCount++] = m;
        long needs = OutcomeFeatures.needs(m);
        if (needs != 0) {
          needed[neededCount++] = needs;
        }
        if (m instanceof Matcher.AdviceCodeIn in) {
          values += in.codes().size();
          hostAnswer = true;
        }
      }
    }
    System.arraycopy(needed, 0, masks, maskCount, neededCount);
    this.featureMasks = Arrays.copyOf(masks, maskCount + neededCount);
    this.residual = Arrays.copyOf(rest, restCount);
    this.breadth = values;
    this.specificity = rule.specificity();
    this.networks = networkBits;
    this.codes = codeSet;
    this.possibleWithACode = possibleWithCode(true);
    Conclusion then = rule.then();
    this.modifier = then.supplementary() || catalog.isAdviceOnly(then.cause());
    this.readsHostAnswer = hostAnswer;
    this.cleanAlone = Semantics.keepsInvariantsAlone(then);
  }

  /** The finding this rule yields, the same instance on every call. */
  Finding finding() {
    return alone().get(0);
  }

  /** Its finding as a one-element list, the same instance on every call. */
  List<Finding> alone() {
    List<Finding> a = alone;
    if (a == null) {
      synchronized (this) {
        a = alone;
        if (a == null) {
          a = Frozen.listOf(newFinding(pack, rule));
          alone = a;
        }
      }
    }
    return a;
  }

  /** The finding built from the rule as it stands: its conclusion and every matcher's evidence. */
  static Finding newFinding(RulePack pack, Rule rule) {
    List<Matcher> when = rule.when();
    List<Evidence> evidence = new ArrayList<>(when.size());
    for (int i = 0; i < when.size(); i++) {
      evidence.add(when.get(i).evidence());
    }
    Conclusion then = rule.then();
    return new Finding(
        then.cause(), then.category(), then.confidence(), new TraceEntry(pack.id(), pack.version(), rule.id(), evidence));
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
