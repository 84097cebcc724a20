package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import dev.posdx.i18n.kit.IssuerContactKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each person at the counter reads for the key scenarios, in zh-Hans, zh-Hant, en and ja,
 * compared with src/test/resources/golden/&lt;scenario&gt;.&lt;locale&gt;.txt. On a mismatch the
 * actual output is written beside the golden file as {@code .actual}; review it and copy it over
 * the golden file if the change is right ({@code -Dposdx.golden.update=true} rewrites them all).
 */
class GoldenScenarioTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final List<String> LOCALES = List.of("zh-Hans", "zh-Hant", "en", "ja");

  static Stream<Arguments> cases() {
    Map<String, Diagnosis> scenarios = GoldenScenarios.diagnoses();
    return scenarios.keySet().stream()
        .flatMap(name -> LOCALES.stream().map(tag -> Arguments.of(name, tag, scenarios.get(name))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void renderedGuidanceMatchesTheGoldenFile(String scenario, String tag, Diagnosis diagnosis) throws IOException {
    String actual = render(scenario, diagnosis, Locale.forLanguageTag(tag));
    Path golden = GOLDEN.resolve(scenario + "." + tag + ".txt");
    Path actualFile = GOLDEN.resolve(scenario + "." + tag + ".txt.actual");
    if (Boolean.getBoolean("posdx.golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(actualFile);
    }
    assertThat(actual).as("%s differs from %s; the actual output is in %s", scenario, golden, actualFile)
        .isEqualTo(expected);
  }

  static String render(String scenario, Diagnosis d, Locale locale) {
    GuidanceRenderer renderer = GuidanceRenderer.standard();
    StringBuilder s = new StringBuilder();
    s.append("# ").append(scenario).append(" in ").append(locale.toLanguageTag())
        .append(": ").append(d.outcome().network()).append(' ')
        .append(d.outcome().responseCode().map(Object::toString).orElse("(no code)"))
        .append(" -> ").append(d.cause()).append(", retry ").append(d.retry()).append('\n');
    for (Audience audience : Audience.values()) {
      Guidance g = renderer.render(d, audience, locale);
      s.append("\n[").append(audience.name().toLowerCase(Locale.ROOT)).append("] ").append(g.cause()).append('\n');
      g.shortText().ifPresent(t -> s.append("short: ").append(t).append('\n'));
      s.append("long: ").append(g.longText()).append('\n');
      g.steps().forEach(step -> s.append("step: ").append(step).append('\n'));
      s.append("retry: ").append(g.retry()).append('\n');
      g.contact().ifPresent(c -> s.append("contact: ").append(c).append('\n'));
      DisplayProfile profile = switch (audience) {
        case CASHIER, CARDHOLDER -> DisplayProfile.LCD_16X2;
        case MERCHANT -> DisplayProfile.RECEIPT_32;
        case SUPPORT -> DisplayProfile.RECEIPT_48;
      };
      DisplayText shown = profile.layout(g.forms());
      s.append("-- ").append(profile.name()).append(", form ").append(shown.form())
          .append(shown.fits() ? "" : ", does not fit").append(" --\n");
      shown.lines().forEach(line -> s.append('|').append(line).append("|\n"));
    }
    DisplayText note = renderer.printout(d, Audience.MERCHANT, locale, DisplayProfile.RECEIPT_48);
    s.append("\n[merchant printout, ").append(DisplayProfile.RECEIPT_48.name()).append("]\n");
    note.lines().forEach(line -> s.append('|').append(line).append("|\n"));
    if (d.contactIssuer()) {
      s.append("\n[issuer-contact kit]\n").append(IssuerContactKit.of(d, locale).text());
    }
    return s.toString();
  }
}
