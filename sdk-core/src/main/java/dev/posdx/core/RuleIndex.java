package dev.posdx.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.internal.CodeKey;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rules compiled into a network × response-code index. Each cell holds every rule that can
 * match that pair, already in precedence order, so a diagnosis is two lookups and a short walk
 * over rules whose remaining matchers are cheap field comparisons.
 */
final class RuleIndex {

  private static final CompiledRule[] NONE = new CompiledRule[0];

  /**
   * The rules that may match one network and code, in precedence order, and the verdicts of the
   * sets of them that did match; no verdicts when caching is off or there are too many rules to
   * key a set by a {@code long}.
   */
  static final class Candidates {
    /** Candidates a cell may have and still key its matched sets; the two top bits are for outcome facts. */
    static final int MAX_KEYED = 62;

    final CompiledRule[] rules;
    /** Each rule's first feature mask (all bits when it has none), side by side: most rules fail it. */
    final long[] gates;
    final @Nullable VerdictCache<VerdictCache.Entry> verdicts;
    /** What each feature word seen here settles; present when verdicts are. */
    final @Nullable VerdictCache<Settled> settled;

    Candidates(CompiledRule[] rules, boolean cached) {
      this.rules = rules;
      this.gates = new long[rules.length];
      for (int i = 0; i < rules.length; i++) {
        gates[i] = rules[i].gate();
      }
      // Bounded by the rule set: a few verdicts per candidate rule, most cells see one or two.
      boolean keyed = cached && rules.length <= MAX_KEYED;
      this.verdicts = keyed ? new VerdictCache<>(16 + 4 * rules.length) : null;
      this.settled = keyed ? new VerdictCache<>(16 + 4 * rules.length) : null;
    }
  }

  /**
   * What an outcome's feature word settles in a cell: the key bits of the candidates it decides
   * alone and of the two outcome facts, the candidates whose other matchers are left to test, and
   * the verdicts when none is left.
   *
   * @param key the matched-set key before the candidates of {@code toTest} are tested
   * @param toTest indexes of candidates whose feature masks hold and whose other matchers must be tested
   * @param entry the verdicts of {@code key}, when {@code toTest} is empty; null otherwise
   */
  record Settled(long key, int[] toTest, VerdictCache.@Nullable Entry entry) {}

  /** Per network: candidates by code, and the candidates when the code is absent or unindexed. */
  private record Cell(CodeTable byCode, Candidates anyCode) {}

  private final Cell[] cells;
  private final int ruleCount;

  private RuleIndex(Cell[] cells, int ruleCount) {
    this.cells = cells;
    this.ruleCount = ruleCount;
  }

  @SuppressWarnings("EnumOrdinal") // cells by network in an array: in memory only, read on every diagnosis
  static RuleIndex compile(List<RulePack> packs, CauseCatalog catalog, boolean cacheVerdicts) {
    List<CompiledRule> all = new ArrayList<>();
    for (RulePack pack : packs) {
      List<Rule> rules = pack.rules();
      for (int i = 0; i < rules.size(); i++) {
        all.add(new CompiledRule(pack, rules.get(i), i, catalog));
      }
    }
    all.sort(CompiledRule.PRECEDENCE);

    Cell[] cells = new Cell[Network.values().length];
    for (Network network : Network.values()) {
      List<CompiledRule> anyCode = new ArrayList<>();
      Map<ResponseCode, List<CompiledRule>> byCode = new java.util.TreeMap<>();
      for (CompiledRule r : all) {
        if (!appliesTo(r.rule, network)) {
          continue;
        }
        Optional<Set<ResponseCode>> codes = codes(r.rule);
        if (codes.isEmpty()) {
          anyCode.add(r);
        } else if (r.possibleWithCode(true)) {
          for (ResponseCode code : codes.get()) {
            List<CompiledRule> withCode = byCode.get(code);
            if (withCode == null) {
              withCode = new ArrayList<>();
              byCode.put(code, withCode);
            }
            withCode.add(r);
          }
        }
      }
      ImmutableMap.Builder<ResponseCode, Candidates> merged = ImmutableMap.builder();
      for (Map.Entry<ResponseCode, List<CompiledRule>> e : byCode.entrySet()) {
        // A code's cell also holds the rules that ignore the code, in one precedence order.
        List<CompiledRule> cell = new ArrayList<>(e.getValue());
        for (CompiledRule r : anyCode) {
          if (r.possibleWithCode(true)) {
            cell.add(r);
          }
        }
        cell.sort(CompiledRule.PRECEDENCE);
        merged.put(e.getKey(), new Candidates(cell.toArray(NONE), cacheVerdicts));
      }
      // Without a code (or with one no rule names) only code-independent rules can match.
      cells[network.ordinal()] = new Cell(new CodeTable(merged.buildOrThrow()), new Candidates(anyCode.toArray(NONE), cacheVerdicts));
    }
    return new RuleIndex(cells, all.size());
  }

  private static boolean appliesTo(Rule rule, Network network) {
    for (Matcher m : rule.when()) {
      if (m instanceof Matcher.NetworkIn in && !in.networks().contains(network)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Set<ResponseCode>> codes(Rule rule) {
    Set<ResponseCode> codes = null;
    for (Matcher m : rule.when()) {
      if (m instanceof Matcher.ResponseCodeIn in) {
        codes = in.codes(); // already an immutable set: no copy at start-up
      }
    }
    return Optional.ofNullable(codes);
  }

  /** The rules that may match, in precedence order, with their verdicts; never null. */
  @SuppressWarnings("EnumOrdinal") // the array compile() filled by ordinal, in this JVM only
  Candidates candidates(Network network, Optional<ResponseCode> code) {
    return candidates(network, code.isEmpty() ? CodeKey.NONE : CodeKey.of(code.get()));
  }

  /** The same, with the code as its {@link CodeKey} ({@link CodeKey#NONE} when absent). */
  @SuppressWarnings("EnumOrdinal") // the array compile() filled by ordinal, in this JVM only
  Candidates candidates(Network network, int codeKey) {
    Cell cell = cells[network.ordinal()];
    if (codeKey == CodeKey.NONE) {
      return cell.anyCode;
    }
    Candidates rules = cell.byCode.get(codeKey);
    return rules != null ? rules : cell.anyCode;
  }

  int ruleCount() {
    return ruleCount;
  }

  /** For tests: how many candidate rules a pair leads to. */
  List<String> candidateIds(Network network, Optional<ResponseCode> code) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (CompiledRule r : candidates(network, code).rules) {
      ids.add(r.toString());
    }
    return ids.build();
  }
}
