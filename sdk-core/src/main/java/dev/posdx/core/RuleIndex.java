package dev.posdx.core;

import dev.posdx.core.internal.CodeKey;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Builds the cells. Near-linear in the rules: what a rule contributes (its networks, codes and
   * whether it can match with a code) is read once when it is compiled; the rules are sorted once,
   * and each cell merges two lists already in that order instead of sorting again.
   */
  @SuppressWarnings("EnumOrdinal") // cells by network in an array: in memory only, read on every diagnosis
  static RuleIndex compile(List<RulePack> packs, CauseCatalog catalog, boolean cacheVerdicts) {
    List<CompiledRule> all = new ArrayList<>();
    for (RulePack pack : packs) {
      int byId = placeById(pack, packs);
      List<Rule> rules = pack.rules();
      for (int i = 0; i < rules.size(); i++) {
        all.add(new CompiledRule(pack, rules.get(i), i, byId, catalog));
      }
    }
    all.sort(CompiledRule.PRECEDENCE);
    CompiledRule[] ranked = all.toArray(NONE);
    // Each distinct code once, numbered in order of first appearance; each rule's codes by number.
    Map<ResponseCode, Integer> numbers = new HashMap<>();
    List<ResponseCode> codes = new ArrayList<>();
    int[][] codeNumbers = new int[ranked.length][];
    for (int i = 0; i < ranked.length; i++) {
      CompiledRule r = ranked[i];
      r.rank = i;
      if (r.codes != null && r.possibleWithACode) {
        int[] mine = new int[r.codes.size()];
        int k = 0;
        for (ResponseCode code : r.codes) {
          Integer n = numbers.get(code);
          if (n == null) {
            n = codes.size();
            numbers.put(code, n);
            codes.add(code);
          }
          mine[k++] = n;
        }
        codeNumbers[i] = mine;
      }
    }

    Cell[] cells = new Cell[Network.values().length];
    for (Network network : Network.values()) {
      int bit = 1 << network.ordinal();
      List<CompiledRule> anyCode = new ArrayList<>();
      List<CompiledRule> anyCodeWithCode = new ArrayList<>();
      @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists by code number, filled here only
      List<CompiledRule>[] byCode = new List[codes.size()];
      for (int i = 0; i < ranked.length; i++) {
        CompiledRule r = ranked[i];
        if ((r.networks & bit) == 0) {
          continue;
        }
        if (r.codes == null) {
          anyCode.add(r);
          if (r.possibleWithACode) {
            anyCodeWithCode.add(r);
          }
        } else if (r.possibleWithACode) {
          for (int n : codeNumbers[i]) {
            List<CompiledRule> withCode = byCode[n];
            if (withCode == null) {
              withCode = new ArrayList<>();
              byCode[n] = withCode;
            }
            withCode.add(r);
          }
        }
      }
      Map<ResponseCode, Candidates> merged = new LinkedHashMap<>();
      for (int n = 0; n < byCode.length; n++) {
        if (byCode[n] != null) {
          // A code's cell also holds the rules that ignore the code, in one precedence order.
          merged.put(codes.get(n), new Candidates(inRankOrder(byCode[n], anyCodeWithCode), cacheVerdicts));
        }
      }
      // Without a code (or with one no rule names) only code-independent rules can match.
      cells[network.ordinal()] = new Cell(new CodeTable(merged), new Candidates(anyCode.toArray(NONE), cacheVerdicts));
    }
    return new RuleIndex(cells, all.size());
  }

  // The pack's place among the packs sorted by id: ids are unique in a diagnoser, and there are few packs.
  private static int placeById(RulePack pack, List<RulePack> packs) {
    int before = 0;
    for (RulePack other : packs) {
      if (other.id().compareTo(pack.id()) < 0) {
        before++;
      }
    }
    return before;
  }

  // Two lists of distinct rules, each in rank order, merged into one in rank order.
  private static CompiledRule[] inRankOrder(List<CompiledRule> a, List<CompiledRule> b) {
    CompiledRule[] out = new CompiledRule[a.size() + b.size()];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.size() && j < b.size()) {
      out[k++] = a.get(i).rank < b.get(j).rank ? a.get(i++) : b.get(j++);
    }
    while (i < a.size()) {
      out[k++] = a.get(i++);
    }
    while (j < b.size()) {
      out[k++] = b.get(j++);
    }
    return out;
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
    List<String> ids = new ArrayList<>();
    for (CompiledRule r : candidates(network, code).rules) {
      ids.add(r.toString());
    }
    return ids;
  }
}
