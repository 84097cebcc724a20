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

  private final MessageCatalog catalog;
  private final GuidanceRenderer renderer;
  private final LocaleNegotiator negotiator;

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
    return negotiator.withVendorDefault(locale).forCardholder(Optional.empty(), diagnosis.outcome());
  }

  /**
   * Renders the cashier's, cardholder's and merchant's texts and the steps.
   *
   * @param diagnosis the diagnosis
   * @param locale the cashier's and merchant's language, and the cardholder's vendor default
   * @return the texts, with the locales chosen
   */
  public RenderedGuidance render(Diagnosis diagnosis, Locale locale) {
    Locale cardholderLocale = cardholderLocale(diagnosis, locale);
    Guidance cashier = renderer.render(diagnosis, Audience.CASHIER, locale);
    Guidance cardholder = renderer.render(diagnosis, Audience.CARDHOLDER, cardholderLocale);
    Guidance merchant = renderer.render(diagnosis, Audience.MERCHANT, locale);
    ImmutableList.Builder<RenderedGuidance.StepText> steps = ImmutableList.builder();
    for (Audience audience : AUDIENCES) {
      // The steps the renderer shows beside its composed advice, in its order.
      List<Step> mine = renderer.shownSteps(diagnosis, audience);
      if (mine.isEmpty()) {
        continue;
      }
      Guidance g = switch (audience) {
        case CASHIER -> cashier;
        case CARDHOLDER -> cardholder;
        case MERCHANT -> merchant;
        case SUPPORT -> renderer.render(diagnosis, audience, locale);
      };
      addSteps(steps, mine, audience, g);
    }
    return new RenderedGuidance(cashier.locale(), cardholder.locale(), cashier.text(), cardholder.text(),
        merchant.text(), steps.build());
  }

  // The renderer leaves out a step no bundle has text for; pair the texts with the actions it kept.
  private void addSteps(ImmutableList.Builder<RenderedGuidance.StepText> out, List<Step> mine, Audience audience, Guidance g) {
    Iterator<String> texts = g.steps().iterator();
    for (Step step : mine) {
      if (!texts.hasNext()) {
        return;
      }
      if (catalog.template(g.locale(), step.messageKey()).isPresent()) {
        out.add(new RenderedGuidance.StepText(audience, step.action(), texts.next()));
      }
    }
  }
}
