package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text with named placeholders, {@code {amount}}. There is no quoting and no escaping:
 * an apostrophe is an apostrophe (the trap {@link java.text.MessageFormat} sets for French and
 * Italian translators), and a brace that does not form a placeholder is kept as it is and
 * reported by {@link BundleCheck}.
 *
 * @since 0.1
 */
public final class Template {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private final String text;
  private final ImmutableList<String> parts; // literal, name, literal, name, ..., literal

  private Template(String text, ImmutableList<String> parts) {
    this.text = text;
    this.parts = parts;
  }

  public static Template parse(String text) {
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      parts.add(text.substring(last, m.start())).add(m.group(1));
      last = m.end();
    }
    parts.add(text.substring(last));
    return new Template(text, parts.build());
  }

  /** The placeholder names, in order of first use. */
  public Set<String> placeholders() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (int i = 1; i < parts.size(); i += 2) {
      names.add(parts.get(i));
    }
    return names.build();
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

  /**
   * The text with every placeholder replaced by its value. A placeholder without a value is
   * left out (it never shows as {@code {name}}) and passed to {@code missing}.
   */
  public String fill(Map<String, String> values, Consumer<String> missing) {
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

  /** The text as written. */
  public String text() {
    return text;
  }

  /** The literal parts, without placeholders. */
  List<String> literals() {
    ImmutableList.Builder<String> literals = ImmutableList.builder();
    for (int i = 0; i < parts.size(); i += 2) {
      literals.add(parts.get(i));
    }
    return literals.build();
  }

  @Override
  public String toString() {
    return text;
  }
}
