package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.kit.ContactChannel;
import dev.posdx.i18n.kit.FollowUpRecord;
import dev.posdx.i18n.kit.IssuerContactKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak test of issue 10: generated card numbers, in every written form ({@link
 * CardNumberForms}), pushed through every output path; no output shows more than six and four of
 * one. Seeded, so a failure is repeatable; each test prints how many numbers it pushed.
 */
class CardNumberLeakTest {

  /** Card numbers per output path. */
  private static final int CARDS = 100_000;

  /**
   * Runs of {@code explain} and of {@code contact-kit}, six numbers each: one run costs about 30 ms
   * of command-line set-up, so these two paths get fewer numbers ({@code -Dposdx.leak.runs=17000}
   * gives each 100,000, in minutes). What they print of an outcome also goes through the JSON-lines
   * and Java API paths below with 100,000 numbers.
   */
  private static final int RUNS = Integer.getInteger("posdx.leak.runs", 300);

  /** A number leaks in one output when eight of its digits show in a row. */
  private static final int WIDTH = 8;

  /** In an output that gathers many numbers (a report, a log), ten: fewer chance matches. */
  private static final int GATHERED_WIDTH = 10;

  private static final String[] CODES = {"05", "51", "01", "91", "14", "54", "61", "65", "00", "96"};

  @TempDir Path dir;

  /**
   * One number per line, in a field chosen at random: the card number, an id, a code, a field
   * name, an unquoted value, or a line that is not JSON at all. Output line i is checked against
   * number i.
   */
  @Test
  void jsonLines() {
    CardNumberForms forms = new CardNumberForms(10_1L);
    List<String> pans = new ArrayList<>(CARDS);
    StringBuilder input = new StringBuilder(CARDS * 120);
    for (int i = 0; i < CARDS; i++) {
      String pan = forms.pan();
      pans.add(pan);
      input.append(jsonLine(forms, pan, i)).append('\n');
    }
    Cli.Run run = Cli.run(input.toString(), "diagnose", "--jsonl", "--lenient", "--locale", "en");

    List<String> out = run.lines();
    assertThat(out).hasSize(CARDS);
    for (int i = 0; i < CARDS; i++) {
      assertNoLeak(out.get(i), pans.get(i), "JSON line " + (i + 1));
    }
    assertNoLeak(run.stderr(), pans, "standard error");
    report("JSON lines", CARDS);
  }

  /** One number per CSV row, in a column chosen at random; diagnoses, report.json and report.html. */
  @Test
  void csvBatchWithBothReports() throws IOException {
    CardNumberForms forms = new CardNumberForms(10_2L);
    List<String> pans = new ArrayList<>(CARDS);
    String[] columns = {"pan", "merchant.storeId", "merchant.merchantId", "merchant.terminalId", "merchant.chainId",
        "merchant.originalStoreId", "responseCode"};
    StringBuilder csv = new StringBuilder("network,responseCode,pan,merchant.storeId,merchant.merchantId,"
        + "merchant.terminalId,merchant.chainId,merchant.originalStoreId\n");
    for (int i = 0; i < CARDS; i++) {
      String pan = forms.pan();
      pans.add(pan);
      String column = columns[forms.nextInt(columns.length)];
      String written = column.equals("pan") || column.equals("responseCode") ? forms.write(pan) : forms.writeAsId(pan);
      String code = column.equals("responseCode") ? written : CODES[forms.nextInt(CODES.length)];
      csv.append("UNIONPAY,").append(code).append(',')
          .append(column.equals("pan") ? written : "").append(',')
          .append(column.equals("merchant.storeId") ? written : "s-" + forms.nextInt(5)).append(',')
          .append(column.equals("merchant.merchantId") ? written : "").append(',')
          .append(column.equals("merchant.terminalId") ? written : "").append(',')
          .append(column.equals("merchant.chainId") ? written : "").append(',')
          .append(column.equals("merchant.originalStoreId") ? written : "").append('\n');
    }
    Path log = dir.resolve("auth-log.csv");
    Files.writeString(log, csv, UTF_8);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("", "batch", log.toString(), "--out", out.toString(), "--locale", "en", "--no-progress");

    List<String> diagnoses = Files.readAllLines(out.resolve("diagnoses.jsonl"), UTF_8);
    assertThat(diagnoses).hasSize(CARDS);
    for (int i = 0; i < CARDS; i++) {
      assertNoLeak(diagnoses.get(i), pans.get(i), "diagnoses.jsonl line " + (i + 1));
    }
    // The reports gather all rows: checked against every number.
    for (String report : List.of("report.json", "report.html")) {
      assertNoLeak(Files.readString(out.resolve(report), UTF_8), pans, report);
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("every file batch writes is checked").containsExactlyInAnyOrder("diagnoses.jsonl", "report.json", "report.html");
    }
    assertNoLeak(run.all(), pans, "batch output");
    report("CSV batch (diagnoses.jsonl, report.json, report.html)", CARDS);
  }

  /** Six numbers per run: the card number and five merchant-side ids, text and JSON formats. */
  @Test
  void explainAndContactKit() {
    CardNumberForms forms = new CardNumberForms(10_3L);
    int explained = 0;
    int kits = 0;
    for (int run = 0; run < 2 * RUNS; run++) {
      List<String> pans = new ArrayList<>();
      String json = outcomeWithIds(forms, pans);
      String command = run % 2 == 0 ? "explain" : "contact-kit";
      String format = run % 4 < 2 ? "text" : "json";
      Cli.Run result = command.equals("explain")
          ? Cli.run("", "explain", "--json", json, "--format", format)
          : Cli.run("", "contact-kit", "--json", json, "--format", format, "--locale", run % 3 == 0 ? "en" : "zh-CN");
      for (String pan : pans) {
        assertNoLeak(result.all(), pan, command + " " + json);
      }
      if (command.equals("explain")) {
        explained += pans.size();
      } else {
        kits += pans.size();
      }
    }
    report("explain", explained);
    report("contact-kit", kits);
  }

  /** toString of outcome, merchant context and diagnosis; Diagnosis.arguments(); the kit's text and follow-up record. */
  @Test
  void javaApi() {
    CardNumberForms forms = new CardNumberForms(10_4L);
    Diagnoser diagnoser = Diagnoser.standard();
    int pushed = 0;
    while (pushed < CARDS) {
      List<String> pans = new ArrayList<>();
      TransactionOutcome outcome = outcomeWithIds(forms, pans, CODES[forms.nextInt(CODES.length)]);
      Diagnosis d = diagnoser.diagnose(outcome);
      String notes = "";
      if (pushed % 10 == 0) {
        // The kit and the follow-up record are slower: every tenth outcome.
        IssuerContactKit kit = IssuerContactKit.of(d, pushed % 20 == 0 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        ZonedDateTime now = ZonedDateTime.parse("2026-02-15T12:30:00+08:00");
        FollowUpRecord record = new FollowUpRecord(now, ContactChannel.values()[0], "Ms Li", "ok", "", now.toLocalDate());
        notes = kit.text() + kit + record;
      }
      String all = outcome + "\n" + outcome.merchant() + "\n" + d + "\n" + d.arguments() + "\n" + d.steps() + "\n" + notes;
      for (String pan : pans) {
        assertNoLeak(all, pan, "Java API " + outcome.merchant());
      }
      pushed += pans.size();
    }
    report("Java API toString/arguments/kit", pushed);
  }

  /** An issuer directory that fails with the card's ids in its message: the warning Diagnoser logs. */
  @Test
  void logOutput() {
    CardNumberForms forms = new CardNumberForms(10_5L);
    List<String> pans = new ArrayList<>();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String[] current = {""};
    Diagnoser diagnoser = Diagnoser.builder()
        .addInstalledPacks()
        .issuerDirectory(pan -> {
          throw new IllegalStateException("lookup failed for " + current[0]);
        })
        .build();
    System.setErr(new PrintStream(captured, true, UTF_8));
    try {
      for (int i = 0; i < CARDS; i++) {
        String pan = forms.pan();
        pans.add(pan);
        current[0] = forms.write(pan);
        // 01 (refer to issuer): the diagnosis looks the issuer up.
        diagnoser.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("6222021234567894").build());
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(UTF_8);
    assertThat(log).as("the warning was logged").contains("issuer directory");
    // All numbers against the whole log: lines cannot be paired with numbers if logging is rate-limited.
    assertNoLeak(log, pans, "the log");
    report("SLF4J log (" + log.lines().count() + " lines captured)", CARDS);
  }

  private static String jsonLine(CardNumberForms forms, String pan, int i) {
    String code = CODES[i % CODES.length];
    String base = "{\"network\":\"UNIONPAY\",\"responseCode\":\"" + code + "\"";
    return switch (forms.nextInt(12)) {
      case 0 -> base + ",\"pan\":\"" + forms.write(pan) + "\"}";
      case 1 -> base + ",\"merchant\":{\"storeId\":\"" + forms.write(pan) + "\"}}";
      case 2 -> base + ",\"merchant\":{\"merchantId\":\"" + forms.writeAsId(pan) + "\"}}";
      case 3 -> base + ",\"merchant\":{\"terminalId\":\"" + forms.writeAsId(pan) + "\"}}";
      case 4 -> base + ",\"merchant\":{\"chainId\":\"" + forms.write(pan) + "\",\"storeId\":\"s-1\"}}";
      case 5 -> "{\"network\":\"UNIONPAY\",\"responseCode\":\"" + forms.write(pan) + "\"}";
      case 6 -> base + ",\"" + forms.write(pan) + "\":1}";
      case 7 -> base + ",\"cvv\":" + forms.write(pan) + "}";
      case 8 -> forms.write(pan);
      case 9 -> base + ",\"time\":\"" + forms.write(pan) + "\"}";
      case 10 -> base + ",\"amount\":\"" + forms.write(pan) + "\",\"currency\":\"CNY\"}";
      default -> base + ",\"terminal\":{\"reader\":\"" + forms.write(pan) + "\"}}";
    };
  }

  // An outcome whose card number and merchant-side ids are all card numbers, as JSON.
  private static String outcomeWithIds(CardNumberForms forms, List<String> pans) {
    StringBuilder json = new StringBuilder("{\"network\":\"UNIONPAY\",\"responseCode\":\"")
        .append(CODES[forms.nextInt(CODES.length)]).append("\"");
    String pan = forms.pan();
    pans.add(pan);
    // The pan field takes the forms a card number may be given in; others are refused unread.
    json.append(",\"pan\":\"").append(forms.write(pan, forms.nextInt(2) == 0 ? 0 : 1 + forms.nextInt(13 - 1))).append("\"");
    json.append(",\"merchant\":{");
    String[] ids = {"storeId", "merchantId", "terminalId", "chainId", "originalStoreId"};
    for (int k = 0; k < ids.length; k++) {
      String id = forms.pan();
      pans.add(id);
      json.append(k == 0 ? "" : ",").append('"').append(ids[k]).append("\":\"").append(forms.writeAsId(id)).append('"');
    }
    return json.append("}}").toString();
  }

  private static TransactionOutcome outcomeWithIds(CardNumberForms forms, List<String> pans, String code) {
    String[] ids = new String[5];
    for (int k = 0; k < ids.length; k++) {
      String id = forms.pan();
      pans.add(id);
      ids[k] = forms.writeAsId(id);
    }
    String pan = forms.pan();
    pans.add(pan);
    return TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode(code)
        .pan(forms.write(pan, forms.nextInt(3) == 0 ? 0 : forms.nextInt(2) == 0 ? 1 : 3))
        .merchant(MerchantContext.builder()
            .storeId(ids[0]).merchantId(ids[1]).terminalId(ids[2]).chainId(ids[3]).acquirer(ids[4]).build())
        .build();
  }

  private static void assertNoLeak(String output, String pan, String where) {
    if (CardNumberForms.leaks(output, CardNumberForms.windows(List.of(pan), WIDTH), WIDTH)) {
      throw new AssertionError(where + " shows " + WIDTH + " digits in a row of the card number " + pan + ":\n" + excerpt(output));
    }
  }

  private static void assertNoLeak(String output, List<String> pans, String where) {
    if (CardNumberForms.leaks(output, CardNumberForms.windows(pans, GATHERED_WIDTH), GATHERED_WIDTH)) {
      throw new AssertionError(where + " shows " + GATHERED_WIDTH + " digits in a row of a card number:\n" + output);
    }
  }

  private static String excerpt(String output) {
    return output.length() <= 4000 ? output : output.substring(0, 4000) + "...";
  }

  private static void report(String path, int cards) {
    System.out.printf("leak test: %,d card numbers through %s, none leaked%n", cards, path);
  }
}
