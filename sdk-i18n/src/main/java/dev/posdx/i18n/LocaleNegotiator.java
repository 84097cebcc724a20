package dev.posdx.i18n;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of the text shown to the cardholder, in this order: an explicit choice
 * (the cardholder picked a language on the terminal), the card's language preference (EMV tag
 * 5F2D, in the card's order), the vendor's default, English. Only a language the catalog has
 * text for is chosen. A bare language from the card is widened by the terminal's country: {@code
 * zh} in Taiwan, Hong Kong or Macao is Traditional Chinese (in Hong Kong and Macao with Hong Kong
 * wording, {@code zh-Hant-HK}), elsewhere Simplified; {@code es} in Spain is {@code es-ES}, in Latin
 * America {@code es-419}; {@code pt} in
 * Brazil is Brazilian Portuguese; any language with a regional bundle for the country (a vendor's
 * {@code fr-CA}) gets it. Immutable and thread-safe.
 *
 * <p>The cashier's and the merchant's language are not negotiated: they come from the terminal
 * configuration.
 *
 * @since 0.1
 */
public final class LocaleNegotiator {

  private static final ImmutableSet<String> HANT_REGIONS = ImmutableSet.of("TW", "HK", "MO");

  private final MessageCatalog catalog;
  private final Optional<Locale> vendorDefault;

  private LocaleNegotiator(MessageCatalog catalog, Optional<Locale> vendorDefault) {
    this.catalog = catalog;
    this.vendorDefault = vendorDefault;
  }

  /**
   * A negotiator over {@code catalog}'s locales, with no vendor default (English is last).
   *
   * @param catalog the bundles whose locales may be chosen
   * @return the negotiator
   */
  public static LocaleNegotiator of(MessageCatalog catalog) {
    return new LocaleNegotiator(catalog, Optional.empty());
  }

  /**
   * The same, with the vendor's default language before English.
   *
   * @param vendorDefault the language to try before English
   * @return a new negotiator; this one is unchanged
   */
  public LocaleNegotiator withVendorDefault(Locale vendorDefault) {
    return new LocaleNegotiator(catalog, Optional.of(vendorDefault));
  }

  /**
   * The cardholder's language for one payment: the card's languages and the terminal's country
   * come from the outcome.
   *
   * @param explicitChoice the language the cardholder picked on the terminal, which wins if
   *     supported; empty when none
   * @param outcome the payment, for the card's languages and the merchant's country
   * @return the bundle locale to render in; English when nothing else fits
   */
  public Locale forCardholder(Optional<Locale> explicitChoice, TransactionOutcome outcome) {
    return forCardholder(explicitChoice, outcome.cardLanguages(), outcome.merchant().country());
  }

  /**
   * The cardholder's language.
   *
   * @param explicitChoice the language the cardholder picked, if any
   * @param cardLanguages ISO 639-1 codes from EMV 5F2D in the card's order, any case
   * @param terminalCountry the terminal's (merchant's) country
   * @return the bundle locale to render in, such as {@code zh-Hant}; English when nothing else fits
   */
  public Locale forCardholder(
      Optional<Locale> explicitChoice, List<String> cardLanguages, Optional<CountryCode> terminalCountry) {
    if (explicitChoice.isPresent() && catalog.supports(explicitChoice.get())) {
      return catalog.resolve(explicitChoice.get());
    }
    for (String language : cardLanguages) {
      Optional<Locale> widened = widen(language, terminalCountry);
      if (widened.isPresent()) {
        return widened.get();
      }
    }
    if (vendorDefault.isPresent() && catalog.supports(vendorDefault.get())) {
      return catalog.resolve(vendorDefault.get());
    }
    return LocaleFallback.ROOT;
  }

  // A bare card language made specific by the terminal's country, if the catalog has text for it.
  private Optional<Locale> widen(String cardLanguage, Optional<CountryCode> country) {
    String language = Ascii.toLowerCase(cardLanguage.strip());
    if (language.length() != 2 || !Ascii.toLowerCase(language).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return Optional.empty();
    }
    String region = country.map(CountryCode::value).orElse("");
    Locale candidate;
    if (language.equals("zh")) {
      String script = HANT_REGIONS.contains(region) ? "Hant" : "Hans";
      candidate = LocaleFallback.locale("zh", script, region);
    } else {
      candidate = LocaleFallback.locale(language, "", region);
    }
    return catalog.supports(candidate) ? Optional.of(catalog.resolve(candidate)) : Optional.empty();
  }
}
