package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a core {@link Diagnosis} into the text each audience reads, in a locale, and lays it out
 * for a display. The cardholder is told {@link Diagnosis#causeFor(Audience)}: never fraud or a
 * lost or stolen card. Placeholders are filled from {@link Diagnosis#arguments()}, with the
 * network's name and the {@code {after}} wait in the locale's words. Thread-safe; each locale's
 * texts are looked up, parsed and composed on first use and then reused, and the guidance of a
 * verdict the engine shares between diagnoses is made once where it names no per-payment value.
 *
 * <pre>{@code
 * GuidanceRenderer renderer = GuidanceRenderer.standard();
 * Guidance g = renderer.render(diagnosis, Audience.CASHIER, Locale.forLanguageTag("zh-Hans"));
 * DisplayText lcd = renderer.render(diagnosis, Audience.CARDHOLDER, cardholderLocale, DisplayProfile.LCD_16X2);
 * }</pre>
 *
 * @since 0.1
 */
public final class GuidanceRenderer {

  private final MessageCatalog catalog;
  private final ConcurrentHashMap<Locale, PreparedLocale> prepared = new ConcurrentHashMap<>();

  /**
   * A renderer over these bundles.
   *
   * @param catalog the bundles the text comes from
   */
  public GuidanceRenderer(MessageCatalog catalog) {
    this.catalog = catalog;
  }

  /** {@return a renderer over the shipped bundles} */
  public static GuidanceRenderer standard() {
    GuidanceRenderer renderer = standard;
    if (renderer == null) {
      synchronized (GuidanceRenderer.class) {
        renderer = standard;
        if (renderer == null) {
          renderer = new GuidanceRenderer(MessageCatalog.standard());
          standard = renderer;
        }
      }
    }
    return renderer;
  }

  // Not a holder class: a failing static initializer would poison the class for the JVM's life;
  // a failed load is not kept, so every call until one succeeds says what is wrong. Not a Guava
  // memoizing supplier: its lambda would be spun at start-up.
  private static volatile @Nullable GuidanceRenderer standard;

  /** {@return the bundles the text comes from} */
  public MessageCatalog catalog() {
    return catalog;
  }

  /**
   * The guidance for one audience in one locale.
   *
   * @param diagnosis the diagnosis to explain
   * @param audience who will read it; a withheld cause is explained as declined
   * @param locale the locale asked for; the text comes from the nearest bundle
   * @return the guidance, with the locale it is actually in
   */
  public Guidance render(Diagnosis diagnosis, Audience audience, Locale locale) {
    return prepared(catalog.resolve(locale)).guidance(diagnosis, audience).guidance(diagnosis);
  }

  // One per bundle locale, made on first use: bounded by the catalog's locales.
  private PreparedLocale prepared(Locale bundle) {
    PreparedLocale texts = prepared.get(bundle);
    if (texts == null) {
      // Not computeIfAbsent: its lambda would be spun on the first render. A race makes one more, unused.
      PreparedLocale made = new PreparedLocale(catalog, bundle);
      PreparedLocale first = prepared.putIfAbsent(bundle, made);
      texts = first == null ? made : first;
    }
    return texts;
  }

  /**
   * The steps of one audience that are shown beside the composed advice: a step that says
   * whether to retry or to call the issuer is left out (the advice says it, from the decision),
   * and a step that suits only some decisions is shown only under them.
   *
   * @param diagnosis the diagnosis
   * @param audience who will read the steps
   * @return the steps to show, in order; empty when the advice says it all
   */
  public List<Step> shownSteps(Diagnosis diagnosis, Audience audience) {
    List<Step> shown = new ArrayList<>();
    for (Step step : diagnosis.steps(audience)) {
      if (AdviceSteps.shown(step, diagnosis)) {
        shown.add(step);
      }
    }
    return Collections.unmodifiableList(shown);
  }

  /**
   * The longest form of the guidance that fits the display; see {@link DisplayProfile#layout}.
   *
   * @param diagnosis the diagnosis to explain
   * @param audience who will read it
   * @param locale the locale asked for
   * @param profile the display the text must fit
   * @return the laid-out text; {@link DisplayText#fits()} false when no form fits
   */
  public DisplayText render(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {
    return prepared(catalog.resolve(locale)).guidance(diagnosis, audience).display(diagnosis, profile);
  }

  /**
   * The guidance as a printed note for a receipt printer or a report: headed sections (what
   * happened, what to do, retry), each wrapped to the profile's columns. Characters the profile's
   * charset cannot print are reported in the result, not replaced.
   *
   * @param diagnosis the diagnosis to explain
   * @param audience who will read it
   * @param locale the locale asked for
   * @param profile the printer or report width and charset
   * @return the note, wrapped to the profile's columns
   */
  public DisplayText printout(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {
    Guidance g = render(diagnosis, audience, locale);
    Locale bundle = g.locale();
    StringBuilder s = new StringBuilder();
    if (!g.longText().isEmpty()) {
      s.append(heading(bundle, "heading.what-happened")).append('\n').append(g.longText()).append("\n\n");
    }
    s.append(heading(bundle, "heading.what-to-do"));
    g.contact().ifPresent(c -> s.append("\n- ").append(c));
    g.steps().forEach(step -> s.append("\n- ").append(step));
    s.append("\n\n").append(heading(bundle, "heading.retry")).append('\n').append(g.retry());
    return profile.layout(s.toString());
  }

  private String heading(Locale locale, String key) {
    return catalog.format(locale, key, Map.of()).orElse("");
  }

  /**
   * The text of a wait in the locale's words, such as "2 hours" or "2小时".
   *
   * @param duration the wait
   * @param locale the locale asked for
   * @return the largest unit and the next one down
   */
  public String duration(Duration duration, Locale locale) {
    return DurationText.format(catalog, catalog.resolve(locale), duration);
  }
}
