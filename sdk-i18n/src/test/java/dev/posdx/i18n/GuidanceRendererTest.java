package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.i18n.display.ColumnWidth;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import dev.posdx.i18n.internal.PluralRules;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuidanceRendererTest {

  private static final Locale ZH_HANS = Locale.forLanguageTag("zh-Hans");
  private static final Locale ZH_HANT = Locale.forLanguageTag("zh-Hant");
  private final GuidanceRenderer renderer = GuidanceRenderer.standard();

  @Test
  void theCardholderOfALostCardIsOnlyToldTheCardWasDeclinedInEveryLocale() {
    Diagnosis lost = Scenarios.unionpay41();
    for (Locale locale : renderer.catalog().locales()) {
      Guidance cardholder = renderer.render(lost, Audience.CARDHOLDER, locale);
      assertThat(cardholder.cause().id()).isEqualTo("issuer.declined");
      assertThat(cardholder.longText())
          .isEqualTo(renderer.catalog().format(locale, "cause.issuer.declined.cardholder.long", ImmutableMap.of()).orElseThrow());
      Guidance cashier = renderer.render(lost, Audience.CASHIER, locale);
      assertThat(cashier.cause().id()).isEqualTo("risk.lost-card");
    }
    assertThat(renderer.render(lost, Audience.CARDHOLDER, ZH_HANS).longText()).doesNotContain("挂失");
    assertThat(renderer.render(lost, Audience.CARDHOLDER, Locale.ENGLISH).longText()).doesNotContainIgnoringCase("lost");
  }

  @Test
  void textsStepsAndRetryAdviceComeInTheRequestedLanguage() {
    Guidance g = renderer.render(Scenarios.unionpay51(), Audience.CASHIER, ZH_HANS);
    assertThat(g.locale()).isEqualTo(ZH_HANS);
    assertThat(g.shortText()).contains("余额不足");
    // The "another payment" step is the composed advice's job: it follows the decision (NEVER).
    assertThat(g.steps()).isEmpty();
    assertThat(g.retry()).isEqualTo("本次交易不要再用这张卡。换一张卡或换一种支付方式。");
    assertThat(g.retry()).contains("本次交易不要再用这张卡。");

    Guidance cardholder = renderer.render(Scenarios.unionpay51(), Audience.CARDHOLDER, ZH_HANT);
    assertThat(cardholder.shortText()).contains("餘額不足");
    assertThat(cardholder.steps()).containsExactly("請查詢您的可用餘額。");
    assertThat(cardholder.retry()).isEqualTo("請改用其他卡片或付款方式。"); // the cardholder is told too, in their voice
  }

  @Test
  void theWaitIsRenderedWithTheLocalesWordsAndPlurals() {
    Diagnosis d = Scenarios.peakLoad(Duration.ofMinutes(90));
    assertThat(renderer.render(d, Audience.CASHIER, Locale.ENGLISH).retry()).contains("Try again in 1 hour 30 minutes.");
    assertThat(renderer.render(d, Audience.CASHIER, ZH_HANS).retry()).contains("请在1小时30分钟后重试。");
    assertThat(renderer.render(d, Audience.CASHIER, Locale.JAPANESE).retry()).contains("1時間30分後に再試行してください。");
    assertThat(renderer.duration(Duration.ofHours(1), Locale.ENGLISH)).isEqualTo("1 hour");
    assertThat(renderer.duration(Duration.ofHours(2), Locale.ENGLISH)).isEqualTo("2 hours");
    assertThat(renderer.duration(Duration.ofDays(1).plusHours(3), ZH_HANT)).isEqualTo("1天3小時");
  }

  @Test
  void arabicPluralFormsAreChosenByArabicRules() {
    Locale ar = Locale.forLanguageTag("ar");
    // Laid over the shipped Arabic bundle, if there is one, so the forms are recognisable.
    GuidanceRenderer withArabic = new GuidanceRenderer(MessageCatalog.builder().addBuiltIns()
        .addBundle(ar, "test-ar", TranslationFiles.stream(TranslationFiles.complete(ar, s -> s))).build());
    PluralRules rules = PluralRules.of(ar);
    for (long n : new long[] {1, 2, 3, 11, 23}) {
      assertThat(withArabic.duration(Duration.ofHours(n), ar)).isEqualTo(n + "[" + rules.select(n).suffix() + "] hours");
    }
    for (long n = 0; n <= 250; n++) {
      assertThat(withArabic.catalog().formatPlural(ar, "duration.days", n, ImmutableMap.of()))
          .contains(n + "[" + rules.select(n).suffix() + "] days");
    }
  }

  @Test
  void aCauseNoBundleKnowsGetsTheGenericTextAndIsReportedOnce() {
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns().build();
    GuidanceRenderer fresh = new GuidanceRenderer(catalog);
    Diagnosis vendorCause = Scenarios.diagnosis(Scenarios.sale("N7").build(), "vendor.special-decline", Category.ISSUER,
        "vendor", "v-1", RetryAdvice.never(), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("ask-another-payment", "vendor-only-step")), ImmutableSet.of());
    Guidance g = fresh.render(vendorCause, Audience.CASHIER, ZH_HANS);
    fresh.render(vendorCause, Audience.CASHIER, ZH_HANS);
    assertThat(g.shortText()).contains("未知拒绝");
    assertThat(g.steps()).isEmpty();
    assertThat(String.join(" ", g.steps()) + g.longText()).doesNotContain("vendor").doesNotContain("step.");
    assertThat(catalog.missingTexts()).extracting(MissingText::key)
        .containsOnlyOnce("cause.vendor.special-decline.cashier.short", "step.vendor-only-step");
  }

  @Test
  void aKeyATranslationLacksFallsBackToEnglishAndIsReportedOnceSupportTextIsNot() {
    Locale sw = Locale.forLanguageTag("sw");
    String bundle = TranslationFiles.complete(sw, s -> s)
        .replaceAll("(?m)^cause\\.card\\.expired\\.cashier\\.long=.*\n", "")
        .replaceAll("(?m)^.*\\.support\\.long=.*\n", "");
    MessageCatalog catalog = MessageCatalog.builder().addBuiltIns()
        .addBundle(sw, "messages_sw.properties", TranslationFiles.stream(bundle))
        .checkMode(CheckMode.LENIENT)
        .build();
    assertThat(catalog.format(sw, "cause.card.expired.support.long", ImmutableMap.of())).isPresent();
    assertThat(catalog.missingTexts()).isEmpty();
    for (int i = 0; i < 3; i++) {
      assertThat(catalog.format(sw, "cause.card.expired.cashier.long", ImmutableMap.of()))
          .contains("The card has expired.");
    }
    assertThat(catalog.missingTexts())
        .containsExactly(new MissingText(sw, "cause.card.expired.cashier.long", Optional.of(Locale.ENGLISH)));
  }

  @Test
  void theLongestFormThatFitsIsChosenForEachDisplay() {
    Diagnosis d = Scenarios.unionpay51();
    DisplayText lcd = renderer.render(d, Audience.CASHIER, ZH_HANS, DisplayProfile.LCD_16X2);
    assertThat(lcd.fits()).isTrue();
    assertThat(lcd.lines()).allSatisfy(l -> assertThat(ColumnWidth.of(l)).isLessThanOrEqualTo(16));
    assertThat(lcd.form()).isEqualTo(1); // the long text fits two lines of Chinese; with steps it does not
    DisplayText english = renderer.render(d, Audience.CASHIER, Locale.ENGLISH, DisplayProfile.LCD_16X2);
    assertThat(english.lines()).containsExactly("Funds too low");
    DisplayText receipt = renderer.render(d, Audience.CASHIER, Locale.ENGLISH, DisplayProfile.RECEIPT_48);
    assertThat(receipt.form()).isZero();
    assertThat(receipt.text().replace('\n', ' ')).contains("Use another card or payment method.");
  }

  @Test
  void noOutputEverHoldsTheCardNumber() {
    String middle = Scenarios.PAN.substring(6, Scenarios.PAN.length() - 4);
    for (Scenarios.Scenario s : Scenarios.all()) {
      for (Locale locale : renderer.catalog().locales()) {
        for (Audience a : Audience.values()) {
          Guidance g = renderer.render(s.diagnosis(), a, locale);
          assertThat(String.join("\n", g.forms())).doesNotContain(middle).doesNotContain(Scenarios.PAN);
        }
      }
    }
  }
}
