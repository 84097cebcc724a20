package dev.posdx.examples.contract;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.i18n.Guidance;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.i18n.LocaleNegotiator;
import dev.posdx.i18n.MessageCatalog;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a diagnosis into the contract's {@code messages}, {@code steps} and {@code locale} with
 * the i18n module: the cashier and merchant read the requested locale; the cardholder's language
 * is negotiated from the card's languages, widened by the merchant's country, then the requested
 * locale as the vendor default, then English. A RISK cause is never told to the cardholder (the
 * i18n renderer shows {@code issuer.declined} instead). Immutable and thread-safe.
 */
public final class GuidanceTexts {

  private static final List<Audience> AUDIENCES =
      List.of(Audience.CASHIER, Audience.CARDHOLDER, Audience.MERCHANT, Audience.SUPPORT);

  // A line's own "locale" is input: past this many requested locales, resolve without keeping.
  private static final int MAX_KEPT_LOCALES = 64;

  private final MessageCatalog catalog;
  private final GuidanceRenderer renderer;
  private final LocaleNegotiator negotiator;
  // Resolving walks the CLDR chain and builds Locales: done once per requested locale, not per line.
  private final ConcurrentHashMap<Locale, Resolved> resolved = new ConcurrentHashMap<>();
  // Whether a bundle locale has a step's text; bounded by the bundles' locales × the packs' step keys.
  private final ConcurrentHashMap<Locale, ConcurrentHashMap<String, Boolean>> stepTexts = new ConcurrentHashMap<>();

  /**
   * Texts from these bundles.
   *
   * @param catalog the bundles
   */
  public GuidanceTexts(MessageCatalog catalog) {
    this.catalog = catalog;
    this.renderer = new GuidanceRenderer(catalog);
    this.negotiator = LocaleNegotiator.of(catalog);
  }

  /**
   * A requested locale resolved once: its bundle locale, its negotiator with it as the vendor
   * default, and the cardholder's locale when the card names no language.
   */
  private record Resolved(Locale bundle, LocaleNegotiator negotiator, Locale cardholderWithoutCardLanguages) {}

  private Resolved resolved(Locale locale) {
    Resolved r = resolved.get(locale);
    if (r == null) {
      LocaleNegotiator withDefault = negotiator.withVendorDefault(locale);
      r = new Resolved(catalog.resolve(locale), withDefault,
          withDefault.forCardholder(Optional.empty(), List.of(), Optional.empty()));
      if (resolved.size() < MAX_KEPT_LOCALES) {
        resolved.putIfAbsent(locale, r);
      }
    }
    return r;
  }

  /** {@return texts from the shipped bundles} */
  public static GuidanceTexts standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final GuidanceTexts INSTANCE = new GuidanceTexts(MessageCatalog.standard());
  }

  /** {@return the bundles the texts come from} */
  public MessageCatalog catalog() {
    return catalog;
  }

  /**
   * The cardholder's language for this payment, with {@code locale} as the vendor default.
   *
   * @param diagnosis the diagnosis, for the card's languages and the merchant's country
   * @param locale the requested locale, tried after the card's languages
   * @return a locale the bundles have text for; English when nothing else fits
   */
  public Locale cardholderLocale(Diagnosis diagnosis, Locale locale) {
    return cardholderLocale(diagnosis, resolved(locale));
  }

  // With no card languages the terminal's country is not read: the answer depends on the locale alone.
  private static Locale cardholderLocale(Diagnosis diagnosis, Resolved r) {
    return diagnosis.outcome().cardLanguages().isEmpty()
        ? r.cardholderWithoutCardLanguages()
        : r.negotiator().forCardholder(Optional.empty(), diagnosis.outcome());
  }

  /**
   * Renders the cashier's, cardholder's and merchant's texts and the steps.
   *
   * @param diagnosis the diagnosis
   * @param locale the cashier's and merchant's language, and the cardholder's vendor default
   * @return the texts, with the locales chosen
   */
  public RenderedGuidance render(Diagnosis diagnosis, Locale locale) {
    Resolved r = resolved(locale);
    // The renderer resolves a bundle locale to itself without walking the chain.
    Locale bundle = r.bundle();
    Locale cardholderLocale = cardholderLocale(diagnosis, r);
    Guidance cashier = renderer.render(diagnosis, Audience.CASHIER, bundle);
    Guidance cardholder = renderer.render(diagnosis, Audience.CARDHOLDER, cardholderLocale);
    Guidance merchant = renderer.render(diagnosis, Audience.MERCHANT, bundle);
    ImmutableList.Builder<RenderedGuidance.StepText> steps = ImmutableList.builder();
    int withSteps = audiencesWithSteps(diagnosis);
    for (Audience audience : AUDIENCES) {
      if ((withSteps & (1 << audience.ordinal())) == 0) {
        continue; // shownSteps filters the audience's steps: none gives none
      }
      // The steps the renderer shows beside its composed advice, in its order.
      List<Step> mine = renderer.shownSteps(diagnosis, audience);
      if (mine.isEmpty()) {
        continue;
      }
      Guidance g = switch (audience) {
        case CASHIER -> cashier;
        case CARDHOLDER -> cardholder;
        case MERCHANT -> merchant;
        case SUPPORT -> renderer.render(diagnosis, audience, bundle);
      };
      addSteps(steps, mine, audience, g);
    }
    return new RenderedGuidance(cashier.locale(), cardholder.locale(), cashier.text(), cardholder.text(),
        merchant.text(), steps.build());
  }

  // One bit per audience (by ordinal) that has a step at all; most diagnoses have steps for one or two.
  private static int audiencesWithSteps(Diagnosis diagnosis) {
    int bits = 0;
    List<Step> all = diagnosis.steps();
    for (int i = 0; i < all.size(); i++) {
      bits |= 1 << all.get(i).audience().ordinal();
    }
    return bits;
  }

  // The renderer leaves out a step no bundle has text for; pair the texts with the actions it kept.
  private void addSteps(ImmutableList.Builder<RenderedGuidance.StepText> out, List<Step> mine, Audience audience, Guidance g) {
    Iterator<String> texts = g.steps().iterator();
    for (Step step : mine) {
      if (!texts.hasNext()) {
        return;
      }
      if (hasStepText(g.locale(), step.messageKey())) {
        out.add(new RenderedGuidance.StepText(audience, step.action(), texts.next()));
      }
    }
  }

  private boolean hasStepText(Locale bundle, String messageKey) {
    ConcurrentHashMap<String, Boolean> known = stepTexts.computeIfAbsent(bundle, l -> new ConcurrentHashMap<>());
    Boolean has = known.get(messageKey);
    if (has == null) {
      has = known.computeIfAbsent(messageKey, k -> catalog.template(bundle, k).isPresent());
    }
    return has;
  }
}
