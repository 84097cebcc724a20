package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.i18n.display.ColumnWidth;
import dev.posdx.i18n.internal.BundleCheck;
import dev.posdx.i18n.internal.Template;
import dev.posdx.i18n.internal.ChineseScript;
import dev.posdx.i18n.internal.PluralCategory;
import dev.posdx.i18n.internal.PluralRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundle on the class path (the translators' too, once merged) passes every check. */
class ShippedBundlesTest {

  static Stream<Locale> translations() {
    return ShippedBundles.files().keySet().stream().filter(l -> !l.equals(LocaleFallback.ROOT));
  }

  static Stream<Locale> allLocales() {
    return ShippedBundles.files().keySet().stream();
  }

  @Test
  void theRootAndTheFourChineseAndJapaneseBundlesAreShipped() {
    assertThat(ShippedBundles.files().keySet())
        .contains(LocaleFallback.ROOT, LocaleFallback.ZH_HANS, LocaleFallback.ZH_HANT, Locale.JAPANESE);
  }

  @Test
  void everyBundleFileIsOneOfTheFourteenShippedLocalesOrThreeRegionalOnes() {
    assertThat(MessageCatalog.SHIPPED_LOCALES).hasSize(14 + 3);
    assertThat(ShippedBundles.files().keySet()).isSubsetOf(MessageCatalog.SHIPPED_LOCALES);
  }

  @Test
  void theRootBundlePassesItsChecks() {
    assertThat(BundleCheck.checkRoot(ShippedBundles.root())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void aTranslationHasExactlyTheRootsKeysAndPlaceholders(Locale locale) {
    List<BundleProblem> problems = BundleCheck.checkTranslation(
        locale, ShippedBundles.read(locale), ShippedBundles.inherited(locale), ShippedBundles.root(),
        ShippedBundles.files().get(locale).getFileName().toString());
    assertThat(problems).as("problems in %s", locale.toLanguageTag()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("allLocales")
  void everyShortFormFitsSixteenColumns(Locale locale) {
    for (Message m : ShippedBundles.read(locale).values()) {
      if (m.key().endsWith(".short")) {
        assertThat(ColumnWidth.of(m.text())).as("%s %s \"%s\"", locale.toLanguageTag(), m.key(), m.text())
            .isLessThanOrEqualTo(16);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("allLocales")
  void noTextHoldsSevenDigitsInARowOrAPlaceholderForCardData(Locale locale) {
    for (Message m : ShippedBundles.read(locale).values()) {
      assertThat(BundleCheck.longestDigitRun(m.text())).as("%s %s", locale.toLanguageTag(), m.key()).isLessThan(7);
      assertThat(Template.parse(m.text()).placeholders())
          .as("%s %s", locale.toLanguageTag(), m.key())
          .noneMatch(n -> n.equalsIgnoreCase("pan") || n.toLowerCase(Locale.ROOT).contains("cvv")
              || n.toLowerCase(Locale.ROOT).contains("pin") || n.toLowerCase(Locale.ROOT).contains("track"));
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void pluralMessagesHaveExactlyTheLanguagesCldrCategories(Locale locale) {
    Map<String, Message> bundle = ShippedBundles.merged(locale);
    PluralRules rules = PluralRules.of(locale);
    for (String base : BundleCheck.pluralBases(ShippedBundles.root())) {
      for (PluralCategory c : PluralCategory.values()) {
        assertThat(bundle.containsKey(base + "." + c.suffix()))
            .as("%s %s.%s", locale.toLanguageTag(), base, c.suffix())
            .isEqualTo(rules.categories().contains(c));
      }
    }
  }

  @Test
  void simplifiedChineseHasNoTraditionalOnlyCharacterAndTraditionalNoSimplifiedOnly() {
    for (Message m : ShippedBundles.read(LocaleFallback.ZH_HANS).values()) {
      assertThat(ChineseScript.firstTraditionalOnly(m.text())).as("zh-Hans %s: %s", m.key(), m.text()).isEmpty();
    }
    for (Message m : ShippedBundles.read(LocaleFallback.ZH_HANT).values()) {
      assertThat(ChineseScript.firstSimplifiedOnly(m.text())).as("zh-Hant %s: %s", m.key(), m.text()).isEmpty();
    }
  }

  @Test
  void traditionalChineseIsNotACharacterConversionOfSimplified() {
    // Taiwan and Hong Kong wording differs from a mechanical conversion in many messages.
    Map<String, Message> hans = ShippedBundles.read(LocaleFallback.ZH_HANS);
    Map<String, Message> hant = ShippedBundles.read(LocaleFallback.ZH_HANT);
    long differentAfterConversion = hant.values().stream()
        .filter(m -> hans.containsKey(m.key()))
        .filter(m -> !toTraditional(hans.get(m.key()).text()).equals(m.text()))
        .count();
    assertThat(differentAfterConversion).isGreaterThan(hant.size() / 5);
    assertThat(hant.get("step.call-issuer").text()).contains("請聯絡發卡");
  }

  @Test
  void theStandardCatalogLoadsStrictlyWithEveryShippedBundle() {
    assertThat(MessageCatalog.standard().locales()).containsExactlyInAnyOrderElementsOf(ShippedBundles.files().keySet());
  }

  private static String toTraditional(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> out.appendCodePoint(ChineseScript.simplifiedOnly().getOrDefault(cp, cp)));
    return out.toString();
  }
}
