package dev.posdx.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MessageCatalog#standard()} looks each shipped file up only when its locale is first asked
 * about; {@code builder().addBuiltIns().build()} looks all of them up at once. Over generated sets
 * of shipped files (any of the 16 translations may be missing, as when an app strips some) with
 * generated texts, and generated sequences of questions, both catalogs give the same answers:
 * which locale resolves where, the texts and plural texts, the bundles, the locales, the string
 * form and the missing texts reported.
 */
class ShippedCatalogAgreementTest {

  private static final String BASE = "shipped/messages";
  private static final List<String> KEYS = List.of("step.a", "step.b", "cause.c", "count.one", "count.other", "count.few");
  private static final List<String> PIECES = List.of("x", "卡", "{n}", "{name}", " ", "。", "é", "{");
  private static final List<Locale> ASKED = asked();

  @TempDir Path dir;

  @Test
  void theLazyStandardCatalogAnswersAsTheOneBuiltFromEveryFileAtOnce() {
    AtomicInteger example = new AtomicInteger();
    qt().withFixedSeed(20261206L).withExamples(150)
        .forAll(integers().between(0, (1 << 16) - 1), longs().all(), lists().of(integers().between(0, ASKED.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert((present, textSeed, questions) -> {
          Path root = dir.resolve("e" + example.incrementAndGet());
          writeBundles(root, present, new Random(textSeed));
          try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            MessageCatalog lazy = MessageCatalog.shipped(loader, BASE);
            MessageCatalog eager = MessageCatalog.builder().addBuiltIns(loader, BASE).build();
            assertThat(answers(lazy, questions)).as("files %s, questions %s", Integer.toBinaryString(present), questions)
                .isEqualTo(answers(eager, questions));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theStandardCatalogAnswersAsTheBuilderOverTheRealBundles() {
    MessageCatalog eager = MessageCatalog.builder().addBuiltIns().build();
    List<String> keys = new ArrayList<>(eager.bundle(LocaleFallback.ROOT).orElseThrow().keySet());
    qt().withFixedSeed(20261207L).withExamples(30)
        .forAll(lists().of(integers().between(0, ASKED.size() - 1)).ofSizeBetween(1, 6), integers().between(0, keys.size() - 1))
        .checkAssert((questions, key) -> {
          MessageCatalog lazy = MessageCatalog.shipped(null, MessageCatalog.BUILT_IN_BASE);
          for (int q : questions) {
            Locale locale = ASKED.get(q);
            assertThat(lazy.resolve(locale)).as("%s", locale).isEqualTo(eager.resolve(locale));
            assertThat(lazy.template(locale, keys.get(key))).as("%s %s", locale, keys.get(key))
                .isEqualTo(eager.template(locale, keys.get(key)));
          }
          assertThat(lazy.locales()).containsExactlyElementsOf(eager.locales());
          assertThat(lazy).hasToString(eager.toString());
        });
    assertThat(MessageCatalog.standard().locales()).containsExactlyElementsOf(eager.locales());
  }

  // What a caller can see, in the order asked: per question, where the locale resolves, whether it
  // is supported, each text and a plural; then every bundle, the locales, the string form and what
  // was reported missing. The locales come last: listing them looks every file up.
  private static List<Object> answers(MessageCatalog catalog, List<Integer> questions) {
    List<Object> seen = new ArrayList<>();
    for (int q : questions) {
      Locale locale = ASKED.get(q);
      seen.add(catalog.resolve(locale));
      seen.add(catalog.supports(locale));
      for (String key : KEYS) {
        seen.add(catalog.template(locale, key));
        seen.add(catalog.format(locale, key, Map.of("name", "N")));
      }
      seen.add(catalog.formatPlural(locale, "count", q, Map.of()));
      seen.add(catalog.bundle(locale));
    }
    for (Locale shipped : MessageCatalog.SHIPPED_LOCALES) {
      seen.add(catalog.bundle(shipped));
    }
    seen.add(List.copyOf(catalog.locales()));
    seen.add(catalog.toString());
    seen.add(catalog.missingTexts());
    return seen;
  }

  // The root always; each translation when its bit is set; each with some of the keys.
  private static void writeBundles(Path root, int present, Random random) {
    try {
      Files.createDirectories(root.resolve(BASE).getParent());
      for (int i = 0; i < MessageCatalog.SHIPPED_LOCALES.size(); i++) {
        if (i > 0 && (present & (1 << (i - 1))) == 0) {
          continue;
        }
        StringBuilder file = new StringBuilder("# generated\n");
        for (String key : KEYS) {
          if (i == 0 || random.nextInt(3) > 0) {
            file.append(key).append('=').append(text(random)).append('\n');
          }
        }
        Locale locale = MessageCatalog.SHIPPED_LOCALES.get(i);
        Files.writeString(root.resolve(BASE + LocaleFallback.bundleSuffix(locale) + ".properties"), file, UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int n = 1 + random.nextInt(5); n > 0; n--) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString().strip();
  }

  // Every shipped locale, their regional neighbours and fallbacks, and locales with no bundle.
  private static List<Locale> asked() {
    List<Locale> asked = new ArrayList<>(MessageCatalog.SHIPPED_LOCALES);
    for (String tag : List.of("zh", "zh-TW", "zh-HK", "zh-MO", "zh-CN", "zh-SG", "zh-Hant-MO", "pt", "pt-PT", "pt-AO", "es-MX",
        "es-US", "en", "en-US", "en-GB", "fr-CA", "de-AT", "ar-EG", "ja-JP", "sw", "und", "it", "ko-KR")) {
      asked.add(Locale.forLanguageTag(tag));
    }
    asked.add(Locale.ROOT);
    return List.copyOf(asked);
  }
}
