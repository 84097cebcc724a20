package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.cli.batch.ReportText;
import dev.posdx.cli.demo.Scenario;
import dev.posdx.i18n.internal.ChineseScript;
import dev.posdx.i18n.LocaleFallback;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo, the HTML report and the contact kit's heading rendered in every shipped locale and the three regional ones: no
 * English label and no raw enum value where the reader's language is not English, and no
 * character of the other script in Simplified or Traditional Chinese. Text that is in another
 * language on purpose (a cardholder's negotiated language, the parser's English error messages,
 * marked with {@code lang}) and proper nouns (an issuer's own name) are left out of the checks.
 */
class EveryLocaleRendersTest {

  private static final List<String> TAGS = List.of("en", "zh-Hans", "zh-Hant", "ja", "ko", "th", "vi", "id", "ms", "es",
      "pt-BR", "fr", "de", "ar", "zh-Hant-HK", "es-419", "es-ES", "zh-CN", "zh-TW", "zh-MO");

  // Every value the model has a name for; ReaderStatus.OK is left out: "OK" is a word in several languages.
  private static final List<Class<? extends Enum<?>>> NAMED = List.of(Category.class, RetryDecision.class,
      RetryChange.class, LinkStatus.class, HostReply.class, ReaderStatus.class, TransactionType.class, Network.class);

  private static final String LOG = String.join("\n",
      "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\",\"time\":\"2026-03-12T12:00:00+08:00\",\"merchant\":{\"storeId\":\"s-001\"}}",
      "{\"network\":\"VISA\",\"responseCode\":\"54\",\"time\":\"2026-03-12T19:00:00+08:00\"}",
      "{\"network\":\"UNIONPAY\",\"terminal\":{\"link\":\"OFFLINE\",\"host\":\"NOT_SENT\"}}",
      "{\"network\":\"UNIONPAY\",\"responseCode\":\"01\",\"locale\":\"en\"}",
      "{\"network\":\"UNIONPAY\",\"responseCode\":\"01\",\"locale\":\"en\"}",
      "not json",
      "{\"network\":\"UNIONPAY\",\"terminal\":{\"host\":\"BROKEN\"}}") + "\n";

  @TempDir Path dir;

  static Stream<String> tags() {
    return TAGS.stream();
  }

  @ParameterizedTest
  @MethodSource("tags")
  void theDemoSpeaksTheLocale(String tag) throws IOException {
    Cli.Run run = Cli.run("", "demo", "--locale", tag);
    assertThat(run.status()).as(run.stderr()).isZero();
    ReportText text = ReportText.forLocale(Locale.forLanguageTag(tag));
    List<String> checked = new ArrayList<>();
    List<String> issuerNames = new ArrayList<>();
    String issuerLine = "   " + text.format("labelled", text.get("issuer"), "");
    for (String line : run.stdout().split("\n", -1)) {
      // Left out on purpose: the issuer's own name, and the cardholder's text when negotiated into another language.
      if (line.startsWith(issuerLine)) {
        issuerNames.add(line.substring(issuerLine.length()).split("  ☎ ", 2)[0].strip());
        continue;
      }
      if (line.startsWith("   " + text.withDetail(text.get("cardholder"), ""))) {
        continue;
      }
      checked.add(line);
    }
    // The issuer's name is a proper noun in the directory's script, also where a text names it.
    for (int i = 0; i < checked.size(); i++) {
      for (String name : issuerNames) {
        checked.set(i, checked.get(i).replace(name, ""));
      }
    }
    // The situation ids are the --only argument, as typed on the command line.
    String out = String.join("\n", checked).replaceAll("\\[[a-z-]+\\]", "");
    assertLocalized(tag, out);
    for (Scenario s : Scenario.all()) {
      assertThat(out).as("%s title of %s", tag, s.id()).contains(s.title(Locale.forLanguageTag(tag)));
      if (!isEnglish(tag) && !s.title(Locale.forLanguageTag(tag)).equals(s.title(Locale.ENGLISH))) {
        assertThat(out).as("%s: the English title of %s", tag, s.id()).doesNotContain(s.title(Locale.ENGLISH));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("tags")
  void theReportSpeaksTheLocale(String tag) throws IOException {
    Path input = dir.resolve("auth.jsonl");
    Files.writeString(input, LOG, UTF_8);
    Cli.Run run = Cli.run("", "batch", input.toString(), "--out", dir.resolve("out").toString(), "--locale", tag);
    assertThat(run.status()).as(run.all()).isEqualTo(1);
    ReportText text = ReportText.forLocale(Locale.forLanguageTag(tag));
    assertThat(run.stdout()).contains(text.format("batchSummary", 7, 5, 2));
    String html = Files.readString(dir.resolve("out/report.html"), UTF_8);

    assertThat(html).as("the input by its file name only").contains("<code>auth.jsonl</code>").doesNotContain(dir.toString());
    assertThat(html.split("<svg", -1).length).as("a data table beside each chart")
        .isEqualTo(html.split("<table class=\"data\"", -1).length);
    assertThat(html).as("all errors are listed: no 'only the first'")
        .doesNotContain(text.format("errorsShown", 2, 2));
    Locale page = Locale.forLanguageTag(html.replaceAll("(?s).*?<html lang=\"([^\"]+)\".*", "$1"));
    assertThat(page.getLanguage()).isEqualTo(Locale.forLanguageTag(tag).getLanguage());
    if (!isEnglish(tag)) {
      assertThat(html).as("the English guidance of a record that chose English is marked").contains(" lang=\"en\">");
    }
    // What a reader sees, without the parts marked as another language.
    String visible = html.replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("(?s)<(td|span|ol) lang=\"[^\"]+\">.*?</\\1>", "")
        // The parser's messages quote the contract's own values (TIMEOUT, NOT_SENT): JSON vocabulary.
        .replaceAll("(?s)<td class=\"message\"[^>]*>.*?</td>", "")
        .replaceAll("(?s)<[^>]*>", " ");
    assertLocalized(tag, visible);
  }

  @ParameterizedTest
  @MethodSource("tags")
  void theContactKitSpeaksTheLocale(String tag) throws IOException {
    for (String[] outcome : List.of(new String[] {"--code", "01"}, new String[] {"--code", "91"})) {
      Cli.Run run = Cli.run("", "contact-kit", "--network", "unionpay", outcome[0], outcome[1], "--locale", tag);
      assertThat(run.status()).as(run.stderr()).isZero();
      assertLocalized(tag, run.stdout().lines().findFirst().orElseThrow());
    }
  }

  private static void assertLocalized(String tag, String out) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Class<? extends Enum<?>> type : NAMED) {
      for (Enum<?> value : type.getEnumConstants()) {
        if (!value.name().equals("OK") && Pattern.compile("\\b" + value.name() + "\\b").matcher(out).find()) {
          problems.add("raw value " + type.getSimpleName() + "." + value.name());
        }
      }
    }
    if (!isEnglish(tag)) {
      Properties english = englishLabels();
      ReportText local = ReportText.forLocale(Locale.forLanguageTag(tag));
      for (String key : english.stringPropertyNames()) {
        String en = english.getProperty(key);
        // A value's one-word English name ("sale", "offline") is a word of other languages too.
        boolean oneWordName = Character.isUpperCase(key.charAt(0)) && !en.contains(" ");
        if (en.contains("{") || en.equals(local.get(key)) || en.length() < 3 || oneWordName) {
          continue;
        }
        if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(en) + "(?![\\p{L}])").matcher(out).find()) {
          problems.add("English label \"" + en + "\" (" + key + ")");
        }
      }
    }
    Locale bundle = LocaleFallback.chain(Locale.forLanguageTag(tag)).get(0);
    if (bundle.getLanguage().equals("zh")) {
      Optional<Integer> other = bundle.getScript().equals("Hans")
          ? ChineseScript.firstTraditionalOnly(out)
          : ChineseScript.firstSimplifiedOnly(out);
      other.ifPresent(cp -> problems.add("character of the other script: " + new String(Character.toChars(cp))
          + " in \"" + around(out, new String(Character.toChars(cp))) + "\""));
    }
    assertThat(problems).as("%s:%n%s", tag, out).isEmpty();
  }

  private static boolean isEnglish(String tag) {
    return Locale.forLanguageTag(tag).getLanguage().equals("en");
  }

  private static String around(String text, String what) {
    int i = text.indexOf(what);
    return text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20));
  }

  private static Properties englishLabels() throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReportText.class.getResourceAsStream("ReportText.properties")) {
      p.load(new InputStreamReader(in, UTF_8));
    }
    return p;
  }
}
