package dev.posdx.i18n.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A message text with named placeholders, {@code {amount}}. There is no quoting and no escaping:
 * an apostrophe is an apostrophe (the trap {@link java.text.MessageFormat} sets for French and
 * Italian translators), and a brace that does not form a placeholder is kept as it is and
 * reported by {@link BundleCheck}.
 *
 * @since 0.1
 */
public final class Template {

  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private final String text;
  private final List<String> parts; // literal, name, literal, name, ..., literal; never changed

  private Template(String text, List<String> parts) {
    this.text = text;
    this.parts = parts;
  }

  public static Template parse(String text) {
    // By hand, not with PLACEHOLDER: parsing is part of reading a bundle on a slow terminal.
    // An ArrayList, not Guava's ImmutableList: parsing runs on the first render, where each Guava class costs.
    List<String> parts = new ArrayList<>(3);
    int last = 0;
    for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
      int end = nameEnd(text, open + 1);
      if (end > open + 1 && end < text.length() && text.charAt(end) == '}') {
        parts.add(text.substring(last, open));
        parts.add(text.substring(open + 1, end));
        last = end + 1;
        open = end;
      }
    }
    parts.add(text.substring(last));
    return new Template(text, parts);
  }

  // The end of a name [A-Za-z][A-Za-z0-9]* starting at from; from itself when there is none.
  private static int nameEnd(String text, int from) {
    if (from >= text.length() || !isAsciiLetter(text.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < text.length() && (isAsciiLetter(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** The placeholder names, in order of first use. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 1; i < parts.size(); i += 2) {
      names.add(parts.get(i));
    }
    return Collections.unmodifiableSet(names);
  }

  /** A brace that is not part of a placeholder, such as {@code {0}} or <code>&#123;amount</code>, if any. */
  public Optional<String> strayBrace() {
    for (int i = 0; i < parts.size(); i += 2) {
      String literal = parts.get(i);
      int open = literal.indexOf('{');
      int close = literal.indexOf('}');
      if (open >= 0 || close >= 0) {
        int at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        return Optional.of(literal.substring(Math.max(0, at - 8), Math.min(literal.length(), at + 9)).strip());
      }
    }
    return Optional.empty();
  }

  /** The values of a fill, by placeholder name; null for a name without a value. */
  @FunctionalInterface
  public interface Values {
    @Nullable String get(String name);
  }

  /**
   * The text with every placeholder replaced by its value. A placeholder without a value is
   * left out (it never shows as {@code {name}}) and passed to {@code missing}.
   */
  public String fill(Map<String, String> values, Consumer<String> missing) {
    return fill(values::get, missing);
  }

  /** As {@link #fill(Map, Consumer)}, with the values from a lookup. */
  public String fill(Values values, Consumer<String> missing) {
    if (parts.size() == 1) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 0) {
        out.append(parts.get(i));
      } else {
        String value = values.get(parts.get(i));
        if (value == null) {
          missing.accept(parts.get(i));
        } else {
          out.append(value);
        }
      }
    }
    return out.toString();
  }

  /** Whether the text has no placeholder: every fill gives {@link #text()}. */
  public boolean isConstant() {
    return parts.size() == 1;
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  /** The literal parts, without placeholders. */
  public List<String> literals() {
    List<String> literals = new ArrayList<>();
    for (int i = 0; i < parts.size(); i += 2) {
      literals.add(parts.get(i));
    }
    return Collections.unmodifiableList(literals);
  }

  @Override
  public String toString() {
    return text;
  }
}
