package dev.posdx.core;

import dev.posdx.core.internal.Verdict;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A diagnoser's way to the kept verdicts of an index cell: by the outcome's feature word, what it
 * settles in the cell (kept once per cell and word); then by the matched set, the verdicts (kept
 * once per cell and set). Computes and keeps what is missing. Thread-safe.
 */
final class KeptVerdicts {

  private final CauseCatalog catalog;

  KeptVerdicts(CauseCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The verdicts of the candidates the outcome matches. Its feature word settles most candidates
   * once per cell and word; only the matchers no feature bit settles are tested per payment.
   */
  VerdictCache.Entry entry(
      RuleIndex.Candidates candidates,
      VerdictCache<VerdictCache.Entry> verdicts,
      VerdictCache<RuleIndex.Settled> settledByWord,
      long features,
      TransactionOutcome outcome,
      @Nullable RetryBudget budget) {
    CompiledRule[] rules = candidates.rules;
    RuleIndex.Settled settled = settledByWord.get(features);
    if (settled == null && !settledByWord.full()) {
      settled = settle(rules, verdicts, features, outcome, budget);
      settledByWord.put(features, settled);
    }
    if (settled == null) {
      // Too many distinct words in this cell to keep: test every candidate, as without the cache.
      long key = factBits(features);
      long[] gates = candidates.gates;
      for (int i = 0; i < rules.length; i++) {
        if ((features & gates[i]) != 0 && rules[i].matchesRest(features, outcome)) {
          key |= 1L << i;
        }
      }
      return byKey(rules, verdicts, key, outcome, budget);
    }
    VerdictCache.Entry entry = settled.entry();
    if (entry != null) {
      return entry;
    }
    long key = settled.key();
    for (int i : settled.toTest()) {
      if (rules[i].matchesResidual(outcome)) {
        key |= 1L << i;
      }
    }
    return byKey(rules, verdicts, key, outcome, budget);
  }

  // What the word decides: the candidates it settles alone, and those left to test per payment.
  private RuleIndex.Settled settle(
      CompiledRule[] rules, VerdictCache<VerdictCache.Entry> verdicts, long features, TransactionOutcome outcome,
      @Nullable RetryBudget budget) {
    long key = factBits(features);
    int[] toTest = new int[rules.length];
    int n = 0;
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].matchesFeatures(features)) {
        if (rules[i].settledByFeatures()) {
          key |= 1L << i;
        } else {
          toTest[n++] = i;
        }
      }
    }
    return n == 0
        ? new RuleIndex.Settled(key, new int[0], byKey(rules, verdicts, key, outcome, budget))
        : new RuleIndex.Settled(key, Arrays.copyOf(toTest, n), null);
  }

  // Beside the matched set, ranking reads only these two facts of the outcome (see Verdicts).
  private static long factBits(long features) {
    long bits = 0;
    if (OutcomeFeatures.codePresent(features)) {
      bits |= 1L << RuleIndex.Candidates.MAX_KEYED;
    }
    if (OutcomeFeatures.sentNoReply(features)) {
      bits |= 1L << (RuleIndex.Candidates.MAX_KEYED + 1);
    }
    return bits;
  }

  private VerdictCache.Entry byKey(
      CompiledRule[] rules, VerdictCache<VerdictCache.Entry> verdicts, long key, TransactionOutcome outcome,
      @Nullable RetryBudget budget) {
    VerdictCache.Entry entry = verdicts.get(key);
    if (entry == null) {
      entry = conclude(rules, key, outcome, budget);
      verdicts.put(key, entry);
    }
    return entry;
  }

  // A verdict cache miss: the matched rules from the key, then their verdict with and without the cap.
  private VerdictCache.Entry conclude(CompiledRule[] rules, long key, TransactionOutcome outcome, @Nullable RetryBudget budget) {
    List<CompiledRule> matched = new ArrayList<>(Long.bitCount(key));
    for (int i = 0; i < rules.length; i++) {
      if ((key & (1L << i)) != 0) {
        matched.add(rules[i]);
      }
    }
    Verdict verdict = Verdicts.of(matched, outcome, catalog, null);
    boolean capable = budget != null && CauseDefinition.isRetry(verdict.retry().decision());
    return new VerdictCache.Entry(verdict, capable ? Verdicts.of(matched, outcome, catalog, budget) : null);
  }
}
