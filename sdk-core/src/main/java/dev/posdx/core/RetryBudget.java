package dev.posdx.core;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.RulePack;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scheme's retry limit applied to a diagnosis: advice to try again that would exceed it
 * becomes {@code NEVER}, with a finding naming the limit and its source.
 */
final class RetryBudget {

  static final Cause CAUSE = Cause.of("network.retry-limit");
  static final List<Step> STEPS =
      Frozen.listOf(
          Step.of(Audience.CASHIER, "ask-another-payment"),
          Step.of(Audience.MERCHANT, "review-retry-limit"));

  private final RulePack pack;
  private final RetryLimit limit;
  // Built on first use: most terminals never reach a scheme's cap, and its evidence is text.
  private volatile @Nullable Finding finding;

  private RetryBudget(RulePack pack, RetryLimit limit) {
    this.pack = pack;
    this.limit = limit;
  }

  /** The finding naming the limit and its source, the same instance on every call. */
  Finding finding() {
    Finding f = finding;
    if (f == null) {
      synchronized (this) {
        f = finding;
        if (f == null) {
          f = new Finding(
              CAUSE,
              Category.PAYMENT_NETWORK,
              Confidence.CERTAIN,
              new TraceEntry(
                  pack.id(),
                  pack.version(),
                  "retry-limit." + limit.network().name().toLowerCase(java.util.Locale.ROOT),
                  List.of(new Evidence("attempt", ">= " + limit.maxAttempts() + " (limit "
                      + limit.maxAttempts() + " tries, " + (limit.maxAttempts() - 1) + " after the first, per "
                      + limit.window() + ", " + limit.source() + ")"))));
          finding = f;
        }
      }
    }
    return f;
  }

  /**
   * One budget per network, by the network's ordinal (null where none applies); packs arrive most
   * specific first, and the first limit wins.
   */
  @SuppressWarnings("EnumOrdinal") // an array by network, built and read in this JVM only
  static @Nullable RetryBudget[] byNetwork(List<RulePack> packsInPrecedence) {
    RetryBudget[] budgets = new RetryBudget[Network.values().length];
    for (RulePack pack : packsInPrecedence) {
      for (RetryLimit limit : pack.retryLimits()) {
        int n = limit.network().ordinal();
        if (budgets[n] == null) {
          budgets[n] = new RetryBudget(pack, limit);
        }
      }
    }
    return budgets;
  }

  /**
   * True when the advice is to try again and this attempt already used the last one allowed,
   * counting this sale's tries or, where the caller knows it, the card's tries in the window
   * (both include this one). Applies to every decline, an unmatched code included.
   */
  boolean exceededBy(TransactionOutcome outcome, RetryAdvice advice) {
    boolean wouldRetry = CauseDefinition.isRetry(advice.decision());
    int tries = Math.max(outcome.attempt().orElse(0), outcome.cardAttemptsInWindow().orElse(0));
    return wouldRetry && tries >= limit.maxAttempts();
  }
}
