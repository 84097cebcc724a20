package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The oracle of {@code PreparedRenderingTest}: the renderer as it was before its parts were
 * prepared, kept as it was: every text looked up by key along the fallback chain, filled from a
 * fresh map of arguments, composed and laid out on every call, nothing kept between calls.
 */
final class StraightRenderer {

  private final MessageCatalog catalog;

  StraightRenderer(MessageCatalog catalog) {
    this.catalog = catalog;
  }

  Guidance render(Diagnosis diagnosis, Audience audience, Locale locale) {
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
      catalog.format(bundle, step.messageKey(), withDisplayValues(step.arguments(), args)).ifPresent(steps::add);
    }
    String retry = Guidance.sentences(
        AdviceText.retryKeys(diagnosis, audience).stream().map(key -> required(bundle, key, args)).collect(Collectors.toList()));
    Optional<String> contact =
        AdviceText.contactKey(diagnosis, audience, args).map(key -> required(bundle, key, args));
    return new Guidance(audience, bundle, cause, shortText, longText, steps.build(), retry, contact);
  }

  List<Step> shownSteps(Diagnosis diagnosis, Audience audience) {
    return diagnosis.steps(audience).stream()
        .filter(step -> AdviceSteps.shown(step, diagnosis))
        .collect(ImmutableList.toImmutableList());
  }

  DisplayText render(Diagnosis diagnosis, Audience audience, Locale locale, DisplayProfile profile) {
    return profile.layout(render(diagnosis, audience, locale).forms());
  }

  private Map<String, String> arguments(Diagnosis diagnosis, Locale locale) {
    Map<String, String> args = new LinkedHashMap<>(diagnosis.arguments());
    String network = args.get("network");
    if (network != null) {
      catalog.format(locale, "network." + network.toLowerCase(Locale.ROOT), ImmutableMap.of())
          .ifPresent(name -> args.put("network", name));
    }
    diagnosis.retry().after().ifPresent(d -> args.put("after", DurationText.format(catalog, locale, d)));
    return args;
  }

  private static Map<String, String> withDisplayValues(Map<String, String> stepArgs, Map<String, String> rendered) {
    Map<String, String> merged = new LinkedHashMap<>(stepArgs);
    merged.putAll(rendered);
    return merged;
  }

  private String causeText(Locale locale, Cause cause, String form, Map<String, String> args) {
    return catalog.format(locale, "cause." + cause.id() + "." + form, args)
        .or(() -> catalog.format(locale, "cause." + Cause.UNKNOWN.id() + "." + form, args))
        .orElseThrow(() -> new IllegalStateException("the root bundle lacks cause." + Cause.UNKNOWN.id() + "." + form));
  }

  private String required(Locale locale, String key, Map<String, String> args) {
    return catalog.format(locale, key, args)
        .orElseThrow(() -> new IllegalStateException("the root bundle lacks " + key));
  }
}
