package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A term a locale's glossary fixes is used the same way in every text of that locale, short and
 * long forms alike: a glossary row's {@code avoid} column names the words its term replaces (ja
 * 銀行 for the issuer, zh-Hant-HK 感應 for contactless), and no message may hold one, except where
 * {@code glossary/allowed.tsv} gives the key and the reason. A regional bundle is checked as its
 * readers see it (its parent's texts included) against its language's glossary overlaid with its own.
 */
class GlossaryConsistencyTest {

  private static final Path GLOSSARIES = Path.of("glossary");

  /** One word a locale must not use, and the glossary term that replaces it. */
  private record Avoided(String termEn, String term, String word) {}

  /** Keys (a pattern) of one locale where one avoided word is justified. */
  private record Allowed(String locale, Pattern keys, String word) {}

  static Stream<Locale> locales() {
    return ShippedBundles.files().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyTextUsesTheGlossaryTermNotTheWordsItReplaces(Locale locale) throws IOException {
    Map<String, Avoided> avoided = new LinkedHashMap<>();
    List<Locale> chain = new ArrayList<>(LocaleFallback.chain(locale));
    java.util.Collections.reverse(chain);
    for (Locale l : chain) {
      Path file = GLOSSARIES.resolve(l.toLanguageTag() + ".tsv");
      if (l.getLanguage().equals(locale.getLanguage()) && Files.exists(file)) {
        avoided.putAll(avoidedWords(file)); // a regional row replaces its language's row
      }
    }
    List<Allowed> allowed = allowed();
    List<String> problems = new ArrayList<>();
    for (Message m : ShippedBundles.merged(locale).values()) {
      for (Avoided a : avoided.values()) {
        for (String word : a.word().split(" / ")) {
          if (!word.isBlank() && m.text().contains(word.strip()) && !isAllowed(allowed, locale, m.key(), word.strip())) {
            problems.add(m.key() + ": \"" + word.strip() + "\" where the glossary says \"" + a.term() + "\" (" + a.termEn() + ")");
          }
        }
      }
    }
    assertThat(problems).as("%s texts against its glossary", locale.toLanguageTag()).isEmpty();
  }

  // An entry for "ko" covers every Korean bundle; one for "zh-Hant" covers zh-Hant-HK too.
  private static boolean isAllowed(List<Allowed> allowed, Locale locale, String key, String word) {
    String tag = locale.toLanguageTag();
    return allowed.stream().anyMatch(a -> (tag.equals(a.locale()) || tag.startsWith(a.locale() + "-"))
        && a.word().equals(word) && a.keys().matcher(key).find());
  }

  // term_en -> the words its term replaces, from the optional fourth column "avoid".
  private static Map<String, Avoided> avoidedWords(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Avoided> out = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4 && !f[3].isBlank()) {
        out.put(f[0], new Avoided(f[0], f[1], f[3]));
      } else if (f.length >= 2) {
        out.remove(f[0]);
      }
    }
    return out;
  }

  private static List<Allowed> allowed() throws IOException {
    List<String> lines = Files.readAllLines(GLOSSARIES.resolve("allowed.tsv"), StandardCharsets.UTF_8);
    List<Allowed> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("allowed.tsv: locale, keys, word, why: %s", line).hasSize(4);
      assertThat(f[3]).as("allowed.tsv gives a reason: %s", line).isNotBlank();
      out.add(new Allowed(f[0], Pattern.compile(f[1]), f[2]));
    }
    return out;
  }
}
