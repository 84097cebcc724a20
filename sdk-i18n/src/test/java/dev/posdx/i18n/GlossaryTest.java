package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped locale has a glossary naming the required terms. For the glossaries written with
 * this module (en, zh-Hans, zh-Hant, ja) the bundle must also use every word its glossary
 * promises; in inflected languages (Arabic, German…) a glossary headword need not appear verbatim,
 * so that check is not applied to them.
 */
class GlossaryTest {

  private static final Path GLOSSARIES = Path.of("glossary");
  private static final List<String> REQUIRED = List.of("issuer", "PIN", "chip", "settlement", "acquirer");
  private static final List<String> VERBATIM = List.of("en", "zh-Hans", "zh-Hant", "ja");

  static Stream<Locale> locales() {
    return ShippedBundles.files().keySet().stream();
  }

  private static String tag(Locale locale) {
    return locale.toLanguageTag();
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theGlossaryNamesTheRequiredTermsAndTheBundleUsesItsWords(Locale locale) throws IOException {
    // A regional bundle (zh-Hant-HK, es-ES) holds only differences: its language's glossary covers it.
    Locale language = LocaleFallback.chain(locale).stream()
        .filter(l -> Files.exists(GLOSSARIES.resolve(tag(l) + ".tsv")) && !l.getCountry().matches("[A-Z]{2}|\\d{3}"))
        .findFirst().orElse(locale);
    Path file = GLOSSARIES.resolve(tag(language) + ".tsv");
    assertThat(file).as("glossary for %s", tag(locale)).exists();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("term_en\tterm");
    Map<String, String> terms = lines.stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split("\t", -1))
        .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a));
    assertThat(terms.keySet()).as("%s glossary", tag(locale)).containsAll(REQUIRED);
    if (!VERBATIM.contains(tag(locale)) || !language.equals(locale)) {
      return;
    }
    String allText = ShippedBundles.read(locale).values().stream().map(Message::text).collect(Collectors.joining("\n"));
    List<String> unused = new ArrayList<>();
    terms.forEach((en, term) -> {
      boolean used = Stream.of(term.split(" / ")).map(String::strip).anyMatch(t -> !t.isEmpty() && allText.contains(t));
      if (!used) {
        unused.add(en + " = " + term);
      }
    });
    assertThat(unused).as("%s glossary terms its bundle never uses", tag(locale)).isEmpty();
  }

  @Test
  void theFourGlossariesWrittenHereAgreeOnTheTermsTheyCover() throws IOException {
    List<List<String>> firstColumns = new ArrayList<>();
    for (String tag : List.of("en", "zh-Hans", "zh-Hant", "ja")) {
      firstColumns.add(Files.readAllLines(GLOSSARIES.resolve(tag + ".tsv"), StandardCharsets.UTF_8).stream()
          .map(l -> l.split("\t", -1)[0]).toList());
    }
    assertThat(firstColumns).allSatisfy(c -> assertThat(c).isEqualTo(firstColumns.get(0)));
  }
}
