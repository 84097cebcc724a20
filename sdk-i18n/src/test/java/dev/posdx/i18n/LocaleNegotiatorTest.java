package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocaleNegotiatorTest {

  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final Locale ZH_HANT = Locale.forLanguageTag("zh-Hant");
  private static final Locale ZH_HANT_HK = Locale.forLanguageTag("zh-Hant-HK");
  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
  private static final Locale FR_CA = Locale.forLanguageTag("fr-CA");

  private static final List<Locale> CATALOGUED = List.copyOf(ShippedBundles.files().keySet());

  // A catalog with test bundles for the languages these cases need, whatever is shipped.
  private static final MessageCatalog CATALOG = catalog();

  private static MessageCatalog catalog() {
    MessageCatalog.Builder b = MessageCatalog.builder().addBuiltIns();
    for (Locale l : List.of(ZH_HANS, ZH_HANT, PT_BR, Locale.FRENCH, Locale.JAPANESE)) {
      if (CATALOGUED.stream().noneMatch(l::equals)) {
        b.addBundle(l, "test-" + l.toLanguageTag(), TranslationFiles.stream(TranslationFiles.complete(l, s -> s)));
      }
    }
    b.override(FR_CA, "step.retry-now", "Réessayez maintenant.");
    return b.build();
  }

  private final LocaleNegotiator negotiator = LocaleNegotiator.of(CATALOG);

  private Locale choose(Optional<Locale> explicit, List<String> card, String country) {
    return negotiator.forCardholder(explicit, card, Optional.ofNullable(country).map(CountryCode::of));
  }

  @Test
  void anExplicitChoiceWinsOverTheCard() {
    assertThat(choose(Optional.of(Locale.JAPANESE), List.of("zh", "en"), "CN")).isEqualTo(Locale.JAPANESE);
  }

  @Test
  void theCardsFirstSupportedLanguageIsUsedInCardOrderIgnoringCase() {
    assertThat(choose(Optional.empty(), List.of("SW", "JA", "zh"), "CN")).isEqualTo(Locale.JAPANESE);
    assertThat(choose(Optional.empty(), List.of("Fr"), "FR")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void bareChineseIsWidenedByTheTerminalCountry() {
    assertThat(choose(Optional.empty(), List.of("zh"), "TW")).isEqualTo(ZH_HANT);
    assertThat(choose(Optional.empty(), List.of("zh"), "HK")).as("Hong Kong wording").isEqualTo(ZH_HANT_HK);
    assertThat(choose(Optional.empty(), List.of("zh"), "MO")).as("Macao reads Hong Kong wording").isEqualTo(ZH_HANT_HK);
    assertThat(choose(Optional.empty(), List.of("zh"), "CN")).isEqualTo(ZH_HANS);
    assertThat(choose(Optional.empty(), List.of("zh"), "SG")).isEqualTo(ZH_HANS);
    assertThat(choose(Optional.empty(), List.of("zh"), null)).isEqualTo(ZH_HANS);
  }

  @Test
  void bareSpanishIsWidenedToSpainOrLatinAmerica() {
    assertThat(choose(Optional.empty(), List.of("es"), "ES")).isEqualTo(Locale.forLanguageTag("es-ES"));
    assertThat(choose(Optional.empty(), List.of("es"), "MX")).isEqualTo(Locale.forLanguageTag("es-419"));
    assertThat(choose(Optional.empty(), List.of("es"), "AR")).isEqualTo(Locale.forLanguageTag("es-419"));
    assertThat(choose(Optional.empty(), List.of("es"), "GQ")).as("no regional bundle: the neutral base").isEqualTo(Locale.forLanguageTag("es"));
  }

  @Test
  void barePortugueseInBrazilIsBrazilianAndARegionalVendorBundleIsUsed() {
    assertThat(choose(Optional.empty(), List.of("pt"), "BR")).isEqualTo(PT_BR);
    assertThat(choose(Optional.empty(), List.of("fr"), "CA")).isEqualTo(FR_CA);
  }

  @Test
  void theVendorDefaultComesAfterTheCardAndEnglishIsLast() {
    LocaleNegotiator withDefault = negotiator.withVendorDefault(ZH_HANT);
    assertThat(withDefault.forCardholder(Optional.empty(), List.of("sw"), Optional.empty())).isEqualTo(ZH_HANT);
    assertThat(withDefault.forCardholder(Optional.empty(), List.of("ja"), Optional.empty())).isEqualTo(Locale.JAPANESE);
    assertThat(choose(Optional.empty(), List.of("sw", "xh"), "KE")).isEqualTo(Locale.ENGLISH);
    assertThat(choose(Optional.of(Locale.forLanguageTag("sw")), List.of(), null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theOutcomeSuppliesTheCardLanguagesAndTheTerminalCountry() {
    TransactionOutcome outcome = TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode("51")
        .cardLanguagePreference("ZHEN")
        .merchant(MerchantContext.builder().country(CountryCode.of("HK")).build())
        .build();
    assertThat(negotiator.forCardholder(Optional.empty(), outcome)).isEqualTo(ZH_HANT_HK);
  }
}
