package dev.posdx.i18n;

import static dev.posdx.i18n.internal.PluralCategory.FEW;
import static dev.posdx.i18n.internal.PluralCategory.MANY;
import static dev.posdx.i18n.internal.PluralCategory.ONE;
import static dev.posdx.i18n.internal.PluralCategory.OTHER;
import static dev.posdx.i18n.internal.PluralCategory.TWO;
import static dev.posdx.i18n.internal.PluralCategory.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.i18n.internal.PluralRules;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralRulesTest {

  private static PluralRules rules(String tag) {
    return PluralRules.of(Locale.forLanguageTag(tag));
  }

  @Test
  void eastAsianAndSoutheastAsianLanguagesHaveOnlyOther() {
    for (String tag : new String[] {"zh-Hans", "zh-Hant", "ja", "ko", "th", "vi", "id", "ms"}) {
      assertThat(rules(tag).categories()).as(tag).containsExactly(OTHER);
      assertThat(rules(tag).select(1)).isEqualTo(OTHER);
    }
  }

  @Test
  void englishGermanSpanishSayOneOnlyForOneFrenchAndPortugueseForZeroToo() {
    for (String tag : new String[] {"en", "de", "es"}) {
      assertThat(rules(tag).categories()).containsExactlyInAnyOrder(ONE, OTHER);
      assertThat(rules(tag).select(1)).isEqualTo(ONE);
      assertThat(rules(tag).select(0)).isEqualTo(OTHER);
      assertThat(rules(tag).select(2)).isEqualTo(OTHER);
    }
    for (String tag : new String[] {"fr", "pt-BR"}) {
      assertThat(rules(tag).select(0)).isEqualTo(ONE);
      assertThat(rules(tag).select(1)).isEqualTo(ONE);
      assertThat(rules(tag).select(2)).isEqualTo(OTHER);
    }
  }

  @Test
  void arabicHasSixCategories() {
    PluralRules ar = rules("ar");
    assertThat(ar.categories()).containsExactlyInAnyOrder(ZERO, ONE, TWO, FEW, MANY, OTHER);
    assertThat(ar.select(0)).isEqualTo(ZERO);
    assertThat(ar.select(1)).isEqualTo(ONE);
    assertThat(ar.select(2)).isEqualTo(TWO);
    assertThat(ar.select(3)).isEqualTo(FEW);
    assertThat(ar.select(10)).isEqualTo(FEW);
    assertThat(ar.select(11)).isEqualTo(MANY);
    assertThat(ar.select(99)).isEqualTo(MANY);
    assertThat(ar.select(100)).isEqualTo(OTHER);
    assertThat(ar.select(102)).isEqualTo(OTHER);
    assertThat(ar.select(103)).isEqualTo(FEW);
    assertThat(ar.select(111)).isEqualTo(MANY);
  }
}
