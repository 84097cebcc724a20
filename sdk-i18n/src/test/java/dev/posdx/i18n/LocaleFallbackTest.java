package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleFallbackTest {

  private static List<String> chain(String tag) {
    return LocaleFallback.chain(Locale.forLanguageTag(tag)).stream().map(Locale::toLanguageTag).toList();
  }

  @Test
  void traditionalChineseNeverFallsBackToSimplified() {
    assertThat(chain("zh-Hant-HK")).containsExactly("zh-Hant-HK", "zh-Hant", "en");
    assertThat(chain("zh-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "en");
    assertThat(chain("zh-HK")).containsExactly("zh-Hant-HK", "zh-Hant", "en");
    assertThat(chain("zh-MO")).containsExactly("zh-Hant-MO", "zh-Hant-HK", "zh-Hant", "en");
  }

  @Test
  void simplifiedChineseNeverFallsBackToTraditional() {
    assertThat(chain("zh-CN")).containsExactly("zh-Hans-CN", "zh-Hans", "en");
    assertThat(chain("zh-SG")).containsExactly("zh-Hans-SG", "zh-Hans", "en");
    assertThat(chain("zh")).containsExactly("zh-Hans", "en");
    assertThat(chain("zh-Hans")).containsExactly("zh-Hans", "en");
  }

  @Test
  void otherLanguagesGoThroughTheirCldrParents() {
    assertThat(chain("pt-BR")).containsExactly("pt-BR", "pt", "en");
    assertThat(chain("pt")).containsExactly("pt", "pt-BR", "en");
    assertThat(chain("pt-MZ")).containsExactly("pt-MZ", "pt-PT", "pt", "pt-BR", "en");
    assertThat(chain("es-MX")).containsExactly("es-MX", "es-419", "es", "en");
    assertThat(chain("fr-CA")).containsExactly("fr-CA", "fr", "en");
    assertThat(chain("en-GB")).containsExactly("en-GB", "en");
    assertThat(chain("und")).containsExactly("en");
  }

  @Test
  void bundleSuffixesRoundTrip() {
    for (Locale l : MessageCatalog.SHIPPED_LOCALES) {
      assertThat(LocaleFallback.ofBundleSuffix(LocaleFallback.bundleSuffix(l).replaceFirst("^_", ""))).isEqualTo(l);
    }
    assertThat(LocaleFallback.bundleSuffix(Locale.forLanguageTag("zh-Hant"))).isEqualTo("_zh_Hant");
    assertThat(LocaleFallback.bundleSuffix(Locale.forLanguageTag("pt-BR"))).isEqualTo("_pt_BR");
  }
}
