package dev.posdx.examples.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.i18n.Guidance;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.i18n.LocaleNegotiator;
import dev.posdx.i18n.MessageCatalog;
import dev.posdx.rules.contract.OutcomeJson;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The texts a run keeps per requested locale equal the texts resolved afresh on every call, for
 * requested locales with and without a bundle, and cards with and without languages.
 */
class GuidanceTextsTest {

  private static final String[] LOCALES = {"zh-CN", "zh", "zh-TW", "zh-MO", "zh-Hant-HK", "en", "en-GB", "pt", "pt-PT",
      "es-MX", "es", "fr-CA", "de", "ja", "ko-KR", "sw", "und", "x-abc", "fr"};
  private static final String[] NETWORKS = {"UNIONPAY", "VISA", "MASTERCARD", "ISO8583"};
  private static final String[] CODES = {"00", "05", "51", "54", "55", "01", "41", "14", "61", "91", "96", "12", "Z9"};
  private static final String[] CARD_LANGUAGES = {"", "zh", "en", "pt", "es", "fr", "de", "xx"};
  private static final String[] COUNTRIES = {"CN", "TW", "HK", "MO", "BR", "PT", "ES", "MX", "CA", "DE", "US"};

  private final ObjectMapper json = new ObjectMapper();
  private final Diagnoser diagnoser = Diagnoser.standard();
  private final MessageCatalog catalog = MessageCatalog.standard();
  private final GuidanceRenderer renderer = new GuidanceRenderer(catalog);

  @Test
  void keptLocalesRenderAsAFreshResolutionWould() {
    GuidanceTexts texts = new GuidanceTexts(catalog); // one instance: later examples read what earlier ones kept
    qt().withExamples(Integer.getInteger("posdx.qt.examples", 2_000))
        .forAll(integers().between(0, LOCALES.length - 1), integers().between(0, NETWORKS.length * CODES.length - 1),
            integers().between(0, CARD_LANGUAGES.length - 1), integers().between(0, COUNTRIES.length - 1))
        .checkAssert((l, nc, lang, country) -> {
          Locale locale = Locale.forLanguageTag(LOCALES[l]);
          ObjectNode line = json.createObjectNode()
              .put("network", NETWORKS[nc % NETWORKS.length])
              .put("responseCode", CODES[nc / NETWORKS.length]);
          line.putObject("merchant").put("country", COUNTRIES[country]);
          if (!CARD_LANGUAGES[lang].isEmpty()) {
            line.put("cardLanguages", CARD_LANGUAGES[lang]);
          }
          Diagnosis d = diagnoser.diagnose(OutcomeJson.lenient().read(line.toString()));
          RenderedGuidance kept = texts.render(d, locale);

          Locale cardholder = LocaleNegotiator.of(catalog).withVendorDefault(locale).forCardholder(Optional.empty(), d.outcome());
          Guidance cashier = renderer.render(d, Audience.CASHIER, locale);
          assertThat(kept.cashierLocale()).isEqualTo(cashier.locale()).isEqualTo(catalog.resolve(locale));
          assertThat(kept.cardholderLocale()).isEqualTo(renderer.render(d, Audience.CARDHOLDER, cardholder).locale());
          assertThat(kept.cashier()).isEqualTo(cashier.text());
          assertThat(kept.cardholder()).isEqualTo(renderer.render(d, Audience.CARDHOLDER, cardholder).text());
          assertThat(kept.merchant()).isEqualTo(renderer.render(d, Audience.MERCHANT, locale).text());
          for (RenderedGuidance.StepText step : kept.steps()) {
            Locale of = step.audience() == Audience.CARDHOLDER ? cardholder : locale;
            assertThat(renderer.render(d, step.audience(), of).steps()).contains(step.text());
          }
        });
  }
}
