package dev.posdx.i18n;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import com.google.common.base.Supplier;

/**
 * Turns a core {@link Diagnosis} into the text each audience reads, in a locale, and lays it out
 * for a display. The cardholder is told {@link Diagnosis#causeFor(Audience)}: never fraud or a
 * lost or stolen card. Placeholders are filled from {@link Diagnosis#arguments()}, with the
 * network's name and the {@code {after}} wait in the locale's words. Immutable and thread-safe.
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

  public GuidanceRenderer(MessageCatalog catalog) {
    this.catalog = catalog;
  }

  /** A renderer over the shipped bundles. */
  @SuppressWarnings("NullAway") // Guava's Supplier.get() reads as nullable outside JSpecify mode (JDK 17); the builder never returns null
  public static GuidanceRenderer standard() {
    return STANDARD.get();
  }

  // Not a holder class: a failing static initializer would poison the class for the JVM's life;
  // a failed load is not kept, so every call until one succeeds says what is wrong.
  private static final Supplier<GuidanceRenderer> STANDARD = Suppliers.memoize(() -> new GuidanceRenderer(MessageCatalog.standard()));

  public MessageCatalog catalog() {
    return catalog;
  }

  /** The guidance for one audience in one locale. */
  public Guidance render(Diagnosis diagnosis, Audience audience, Locale locale) {
    Locale bundle = catalog.resolve(locale);
    Cause cause = diagnosis.causeFor(audience);
    Map<String, String> args = arguments(diagnosis, bundle);
    String audienceKey = audience.name().toLowerCase(Locale.ROOT);
    boolean hasShort = audience == Audience.CASHIER || audience == Audience.CARDHOLDER;
    Optional<String> shortText =
        hasShort ? Optional.of(causeText(bundle, cause, audienceKey + ".short", args)) : Optional.empty();
    String longText = causeText(bundle, cause, audienceKey + ".long", args);
    ImmutableList.Builder<String> steps = ImmutableList.builder();
    for (Step step : shownSteps(diagnosis, audience)) {
      // A step no bundle knows is left out (and logged once), never shown as its key.
      catalog.format(bundle, step.messageKey(), withDisplayValues(step.arguments(), args)).ifPresent(steps::add);
    }
    String retry = Guidance.sentences(
        AdviceText.retryKeys(diagnosis, audience).stream().map(key -> required(bundle, key, args)).collect(Collectors.toList()));
    Optional<String> contact =
        AdviceText.contactKey(diagnosis, audience, args).map(key -> required(bundle, key, args));
    return new Guidance(audience, bundle, cause, shortText, longText, steps.build(), retry, contact);
  }

  /**
   * The steps of one audience that are shown beside the composed advice: a step that says
   * whether to retry or to call the issuer is left out (the advice says it, from the decision),
   * and a step that suits only some decisions is shown only under them.
   */
  public List<Step> shownSteps(Diagnosis diagnosis, Audience audience) {
    return diagnosis.steps(audience).stream()
        .filter(step -> AdviceSteps.shown(step, diagnosis))
        .collect(ImmutableList.toImmutableList());
  }

  /** The longest form of the guidance that fits the display; see {@link DisplayProfile#layout}. */
  public DisplayText render(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {
    return profile.layout(render(diagnosis, audience, locale).forms());
  }

  /**
   * The guidance as a printed note for a receipt printer or a report: headed sections (what
   * happened, what to do, retry), each wrapped to the profile's columns. Characters the profile's
   * charset cannot print are reported in the result, not replaced.
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

  /** The network's name, the wait and the other arguments, ready for a message. */
  Map<String, String> arguments(Diagnosis diagnosis, Locale locale) {
    Map<String, String> args = new LinkedHashMap<>(diagnosis.arguments());
    String network = args.get("network");
    if (network != null) {
      catalog.format(locale, "network." + network.toLowerCase(Locale.ROOT), ImmutableMap.of())
          .ifPresent(name -> args.put("network", name));
    }
    diagnosis.retry().after().ifPresent(d -> args.put("after", DurationText.format(catalog, locale, d)));
    return args;
  }

  /** The text of a wait in the locale's words, such as "2 hours" or "2小时". */
  public String duration(Duration duration, Locale locale) {
    return DurationText.format(catalog, catalog.resolve(locale), duration);
  }

  // Step arguments are the diagnosis's raw values: use the rendered ones for the same names.
  private static Map<String, String> withDisplayValues(Map<String, String> stepArgs, Map<String, String> rendered) {
    Map<String, String> merged = new LinkedHashMap<>(stepArgs);
    merged.putAll(rendered);
    return merged;
  }

  private String causeText(Locale locale, Cause cause, String form, Map<String, String> args) {
    return catalog.format(locale, "cause." + cause.id() + "." + form, args)
        // A cause no bundle has text for (a vendor pack's own) gets the generic text, logged once.
        .or(() -> catalog.format(locale, "cause." + Cause.UNKNOWN.id() + "." + form, args))
        .orElseThrow(() -> new IllegalStateException("the root bundle lacks cause." + Cause.UNKNOWN.id() + "." + form));
  }

  // The advice keys are in the root bundle; a vendor bundle without them falls back to it.
  private String required(Locale locale, String key, Map<String, String> args) {
    return catalog.format(locale, key, args)
        .orElseThrow(() -> new IllegalStateException("the root bundle lacks " + key));
  }
}
