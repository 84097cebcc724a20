package dev.posdx.core.rule;

import dev.posdx.core.internal.ExamplesOnDemand;
import dev.posdx.core.internal.Frozen;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule: every matcher in {@code when} must hold for {@code then} to be concluded. A rule
 * with no matchers is refused: it would match every payment.
 *
 * @since 0.1
 */
public record Rule(String id, List<Matcher> when, Conclusion then, List<RuleExample> examples) {

  /**
   * @param id the rule's id, unique in its pack: 1-80 letters, digits, '.', '_' or '-'
   * @param when the matchers that must all hold; at least one, no two of the same kind on one field
   * @param then what the rule concludes
   * @param examples outcomes with the diagnosis they must give, checked by the pack tests; copied
   * @throws IllegalArgumentException if the id is malformed, there is no matcher or two of one kind
   */
  public Rule {
    if (!isId(id)) {
      throw new IllegalArgumentException(
          "rule id must be 1-80 letters, digits, '.', '_' or '-', got \"" + (id.length() > 80 ? id.substring(0, 80) : id) + "\"");
    }
    when = Frozen.list(when);
    // Examples read on demand (built-in packs) are kept as they are: copying would read them all.
    examples = examples instanceof ExamplesOnDemand ? examples : Frozen.list(examples);
    if (when.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " has no matchers and would match every payment");
    }
    Set<String> fields = new HashSet<>();
    for (Matcher m : when) {
      if (!fields.add(m.field() + "/" + m.getClass().getSimpleName())) {
        throw new IllegalArgumentException("rule " + id + " has two " + m.field() + " matchers");
      }
    }
  }
  // Ids are [A-Za-z0-9][A-Za-z0-9._-]{0,79}, checked by hand: the built-in packs' rules are all built at
  // start-up. RuleIdTest holds the pattern.
  static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }


  /** {@return how many matchers must hold; more means more specific within one pack} */
  public int specificity() {
    return when.size();
  }
}
