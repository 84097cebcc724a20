package dev.posdx.cli.batch;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.Network;
import dev.posdx.i18n.DurationText;
import dev.posdx.i18n.LocaleFallback;
import dev.posdx.i18n.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The command line's own words: the demo's and the reports' labels and headings, and the names of
 * the model's values (categories, retry decisions, terminal states) in the reader's language. The
 * guidance itself comes from the i18n module. Bundles are {@code ReportText[_suffix].properties}
 * next to this class, looked up along the i18n module's CLDR fallback chain, so Traditional
 * Chinese never falls back to Simplified and a regional bundle ({@code es_ES}) needs only its
 * differences. Immutable.
 */
public final class ReportText {

  private static final String BASE = "ReportText";

  // Most specific first; the root (English) last.
  private final List<Properties> layers;
  private final Locale bundleLocale;
  private final Locale locale;

  private ReportText(List<Properties> layers, Locale bundleLocale, Locale locale) {
    this.layers = layers;
    this.bundleLocale = bundleLocale;
    this.locale = locale;
  }

  /** The texts for {@code locale}: its bundle, its CLDR parents', then English. */
  public static ReportText forLocale(Locale locale) {
    ImmutableList.Builder<Properties> layers = ImmutableList.builder();
    Locale first = null;
    for (Locale candidate : LocaleFallback.chain(locale)) {
      String name = BASE + LocaleFallback.bundleSuffix(candidate) + ".properties";
      try (InputStream in = ReportText.class.getResourceAsStream(name)) {
        if (in == null) {
          if (candidate.equals(LocaleFallback.ROOT)) {
            throw new IllegalStateException("resource " + name + " is missing next to " + ReportText.class.getName());
          }
          continue;
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        layers.add(p);
        if (first == null) {
          first = candidate;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return new ReportText(layers.build(), first == null ? LocaleFallback.ROOT : first, locale);
  }

  /** The most specific bundle found for the requested locale: the language the texts are in. */
  public Locale bundleLocale() {
    return bundleLocale;
  }

  public String get(String key) {
    for (Properties p : layers) {
      String text = p.getProperty(key);
      if (text != null) {
        return text;
      }
    }
    throw new IllegalStateException("text " + key + " is missing from " + BASE + ".properties");
  }

  /** {@code key} with {@code {0}}, {@code {1}}… filled in ({@link MessageFormat} patterns). */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  /** "label: value", with the colon the language uses (full-width in Chinese and Japanese). */
  public String labelled(String labelKey, Object value) {
    return format("labelled", get(labelKey), value);
  }

  /** "label:" as a heading, with the colon the language uses. */
  public String heading(String labelKey) {
    return format("heading", get(labelKey));
  }

  /** "main (detail)", with the parentheses the language uses. */
  public String withDetail(String main, String detail) {
    return format("withDetail", main, detail);
  }

  /** Items joined the way the language lists them ("a, b", "a、b"). */
  public String list(List<String> items) {
    String joined = items.isEmpty() ? "" : items.get(0);
    for (int i = 1; i < items.size(); i++) {
      joined = format("list", joined, items.get(i));
    }
    return joined;
  }

  /** The name of a value of the model, such as {@code Category.CARD}, in the reader's language. */
  public String name(Enum<?> value) {
    return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** Whether and how to retry, in words: "later (in 5 minutes)", "after a change (insert the chip)". */
  public String retry(RetryAdvice advice, MessageCatalog catalog) {
    String decision = name(advice.decision());
    if (advice.change().isPresent()) {
      return withDetail(decision, name(advice.change().get()));
    }
    if (advice.after().isPresent()) {
      return withDetail(decision, format("retryAfter", DurationText.format(catalog, locale, advice.after().get())));
    }
    return decision;
  }

  /** A cause by its short name in the guidance bundles (the cashier's display line), never its id. */
  public String causeName(String causeId, MessageCatalog catalog) {
    return catalog.format(locale, "cause." + causeId + ".cashier.short", Map.of())
        .or(() -> catalog.format(locale, "cause.unknown.unmatched.cashier.short", Map.of()))
        .orElse(causeId);
  }

  /** A card network's name as the guidance bundles give it (银联, UnionPay). */
  public String networkName(Network network, MessageCatalog catalog) {
    return catalog.format(locale, "network." + network.name().toLowerCase(Locale.ROOT), Map.of()).orElse(network.name());
  }

  /** A country's name in the reader's language, from the JDK's CLDR data. */
  public String countryName(CountryCode country) {
    String name = new Locale("", country.value()).getDisplayCountry(locale);
    return name.isEmpty() ? country.value() : name;
  }

  /** A language's name in the reader's language ("英语" for en when reading zh-Hans). */
  public String languageName(Locale language) {
    String name = language.getDisplayName(locale);
    return name.isEmpty() ? language.toLanguageTag() : name;
  }
}
