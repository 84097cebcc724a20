package dev.posdx.i18n.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

/**
 * A message's template as found once for one bundle locale (its CLDR fallback done), with what
 * to tell when a fill lacks a value, so that rendering repeats neither the lookup nor the parse.
 * Immutable.
 */
public final class PreparedText {

  /** Told of a placeholder a fill had no value for. */
  @FunctionalInterface
  public interface MissingArgument {
    void report(Locale locale, String key, String name);
  }

  private final Template template;
  private final Optional<String> constant;
  private final Report report;

  public PreparedText(Template template, Locale locale, String key, MissingArgument missing) {
    this.template = template;
    this.constant = Optional.of(template.text());
    this.report = new Report(locale, key, missing);
  }

  // A named class made once, not a lambda per fill: that would be spun into a class on the first render.
  private static final class Report implements Consumer<String> {
    private final Locale locale;
    private final String key;
    private final MissingArgument missing;

    Report(Locale locale, String key, MissingArgument missing) {
      this.locale = locale;
      this.key = key;
      this.missing = missing;
    }

    @Override
    public void accept(String name) {
      missing.report(locale, key, name);
    }
  }

  /** Whether every fill gives the same text, {@link #text()}. */
  public boolean isConstant() {
    return template.isConstant();
  }

  /** {@return the placeholder names, in order of first use} */
  public Set<String> placeholders() {
    return template.placeholders();
  }

  /** The text as written. */
  public String text() {
    return template.text();
  }

  /** As {@link #fill}, as an optional text; kept for a text without placeholders. */
  public Optional<String> optionalFill(Template.Values values) {
    return template.isConstant() ? constant : Optional.of(fill(values));
  }

  /** The text with its placeholders filled; one without a value is left out and reported. */
  public String fill(Template.Values values) {
    return template.isConstant() ? template.text() : template.fill(values, report);
  }
}
