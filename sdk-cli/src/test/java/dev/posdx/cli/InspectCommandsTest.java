package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}, {@code packs}, {@code validate}, {@code contact-kit} and {@code --packs DIR}. */
class InspectCommandsTest {

  @TempDir Path dir;

  static final String STORE_PACK = """
      schemaVersion: 1
      id: demo-store-042
      version: "1"
      scope: STORE
      sources:
        - {document: "Demo chain store 042 operations memo", edition: "2026-01"}
      rules:
        - id: s042-refund-desk
          when:
            merchant:
              storeId: [s-042]
            transactionType: [REFUND]
            responseCode: ["25"]
          then:
            cause: settlement.cross-store
            category: SETTLEMENT
            retry: {decision: NEVER}
            steps:
              MERCHANT: [contact-hq-settlement]
          examples:
            - given: {network: UNIONPAY, responseCode: "25", transactionType: REFUND, merchant: {storeId: s-042}}
              expect: settlement.cross-store
      """;

  @Test
  void explainShowsEveryMatchedRuleWithPackSourceAndMatchers() {
    Cli.Run run = Cli.run("", "explain", "--network", "unionpay", "--code", "91", "--merchant-country", "CN",
        "--time", "2026-02-17T12:20:00+08:00");
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("Diagnosis: issuer.unavailable").contains("<- primary")
        .contains("pack    unionpay").contains("pack    cn-calendar").contains("source  ")
        .contains("[x] responseCode in [").contains("issuer.peak-load");
    JsonNode json = Cli.run("", "explain", "--format", "json", "--network", "unionpay", "--code", "51").json();
    assertThat(json.at("/matched/0/pack").asText()).isEqualTo("unionpay");
    assertThat(json.at("/matched/0/sources/0/document").asText()).isNotBlank();
    assertThat(json.at("/matched/0/matchers").toString()).contains("responseCode");
    assertThat(json.at("/matched/0/role").asText()).isEqualTo("PRIMARY");
  }

  @Test
  void aPaymentAfterACalendarPacksValidUntilSaysThePackIsStaleAndKeepsItsFindings() {
    // cn-calendar lists holidays up to 2026; 2027-02-08 falls in no listed range.
    String[] after = {"--network", "unionpay", "--code", "91", "--merchant-country", "CN", "--time", "2027-02-08T09:00:00+08:00"};
    Cli.Run text = Cli.run("", concat("explain", after));
    assertThat(text.status()).as(text.stderr()).isZero();
    assertThat(text.stdout()).contains("Diagnosis: issuer.unavailable")
        .contains("Stale pack: cn-calendar 2026.1 covers days up to 2026-12-31, before this payment's day; a finding of it may be missing.");
    JsonNode explained = Cli.run("", concat("explain", "--format", "json", after)).json();
    assertThat(explained.at("/stalePacks/0/pack").asText()).isEqualTo("cn-calendar");
    assertThat(explained.at("/stalePacks/0/validUntil").asText()).isEqualTo("2026-12-31");
    String line = "{\"network\":\"UNIONPAY\",\"responseCode\":\"91\",\"merchant\":{\"country\":\"CN\"},\"time\":\"2027-02-08T09:00:00+08:00\"}\n";
    JsonNode diagnosed = Cli.run(line, "diagnose", "--jsonl").json();
    assertThat(diagnosed.get("cause").asText()).isEqualTo("issuer.unavailable");
    assertThat(diagnosed.at("/stalePacks/0/pack").asText()).isEqualTo("cn-calendar");

    // Within the pack's years, or where none of its rules could apply, nothing is said.
    assertThat(Cli.run("", "explain", "--network", "unionpay", "--code", "91", "--merchant-country", "CN", "--time", "2026-12-08T09:00:00+08:00").stdout())
        .doesNotContain("Stale pack");
    assertThat(Cli.run("", "explain", "--network", "unionpay", "--code", "91", "--merchant-country", "US", "--time", "2027-02-08T09:00:00+08:00").stdout())
        .doesNotContain("Stale pack");
    assertThat(Cli.run("", "explain", "--network", "unionpay", "--code", "51", "--merchant-country", "CN", "--time", "2027-02-08T09:00:00+08:00").stdout())
        .doesNotContain("Stale pack");
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String[] concat(String first, String second, String third, String... rest) {
    return concat(first, concat(second, concat(third, rest)));
  }

  @Test
  void explainSaysWhyEachSecondaryFindingIsSecondary() {
    Cli.Run notSent = Cli.run("", "explain", "--network", "unionpay", "--reader", "FAULT", "--host", "NOT_SENT");
    assertThat(notSent.status()).as(notSent.stderr()).isZero();
    assertThat(notSent.stdout()).contains("Diagnosis: terminal.reader-fault")
        .contains("connectivity.not-sent").contains("why     secondary: terminal.reader-fault explains it (cause catalog)");
    Cli.Run timeout = Cli.run("", "explain", "--network", "visa", "--host", "TIMEOUT", "--reader", "CHIP_ERROR");
    assertThat(timeout.stdout()).contains("Diagnosis: connectivity.no-reply").contains("retry RECONCILE_FIRST")
        .contains("secondary by invariant: the request was sent and no reply came");
    JsonNode json = Cli.run("", "explain", "--format", "json", "--network", "mastercard", "--code", "51", "--mac", "03").json();
    assertThat(json.at("/cause").asText()).isEqualTo("account.insufficient-funds");
    assertThat(json.at("/retry").asText()).isEqualTo("NEVER");
    assertThat(json.toString()).contains("MODIFIER_APPLIED");
  }

  @Test
  void packsListsTheBuiltInsAndThoseOfADirectory() throws IOException {
    Files.writeString(dir.resolve("store-042.yaml"), STORE_PACK, UTF_8);
    Cli.Run builtIn = Cli.run("", "packs");
    assertThat(builtIn.status()).isZero();
    assertThat(builtIn.stdout()).contains("unionpay").contains("chain-settlement").doesNotContain("demo-store-042");
    Cli.Run withDir = Cli.run("", "packs", "--packs", dir.toString());
    assertThat(withDir.stdout()).contains("demo-store-042 1  (STORE, 1 rules)");
    // The store pack comes first: its scope is the most specific.
    assertThat(withDir.stdout().indexOf("demo-store-042")).isLessThan(withDir.stdout().indexOf("unionpay"));
    JsonNode json = Cli.run("", "packs", "--format", "json", "--packs", dir.toString()).json();
    assertThat(json.get(0).get("id").asText()).isEqualTo("demo-store-042");
  }

  @Test
  void aPackDirectoryChangesTheDiagnosisEverywhere() throws IOException {
    Files.writeString(dir.resolve("store-042.yaml"), STORE_PACK, UTF_8);
    String line = "{\"network\":\"UNIONPAY\",\"responseCode\":\"25\",\"transactionType\":\"REFUND\",\"merchant\":{\"storeId\":\"s-042\"}}\n";
    JsonNode d = Cli.run(line, "diagnose", "--jsonl", "--packs", dir.toString()).json();
    assertThat(d.get("cause").asText()).isEqualTo("settlement.cross-store");
    assertThat(d.at("/trace/0/pack").asText()).isEqualTo("demo-store-042");
  }

  @Test
  void validateAcceptsAGoodPackAndRunsItsExamples() throws IOException {
    Path file = dir.resolve("store-042.yaml");
    Files.writeString(file, STORE_PACK, UTF_8);
    Cli.Run run = Cli.run("", "validate", file.toString());
    assertThat(run.status()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("ok, pack demo-store-042").contains("1 examples reproduce");
  }

  @Test
  void validateWarnsWhenAPacksValidUntilIsNearOrPast() throws IOException {
    Path file = dir.resolve("store-042.yaml");
    Files.writeString(file, STORE_PACK.replace("scope: STORE\n", "scope: STORE\nvalidUntil: 2026-12-31\n"), UTF_8);

    Cli.Run early = Cli.run("", "validate", "--today", "2026-10-31", file.toString());
    assertThat(early.stdout()).as(early.all()).contains("ok, pack demo-store-042").doesNotContain("warning");

    Cli.Run near = Cli.run("", "validate", "--today", "2026-12-06", file.toString());
    assertThat(near.status()).as(near.all()).isZero();
    assertThat(near.stdout()).contains("store-042.yaml: warning: pack demo-store-042").contains("validUntil 2026-12-31 is 25 days away");

    Cli.Run past = Cli.run("", "validate", "--today", "2027-01-02", "--warn-days", "0", file.toString());
    assertThat(past.stdout()).as(past.all()).contains("validUntil 2026-12-31 passed 2 days ago");

    Cli.Run negative = Cli.run("", "validate", "--warn-days", "-1", file.toString());
    assertThat(negative.status()).isEqualTo(2);
    assertThat(negative.all()).contains("--warn-days must be 0 or more, got -1");
  }

  @Test
  void validateNamesTheLineAndColumnOfEachError() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, STORE_PACK.replace("category: SETTLEMENT", "category: SETTLMENT")
        .replace("transactionType: [REFUND]", "transactionType: [REFUND]\n      colour: [red]"), UTF_8);
    Cli.Run run = Cli.run("", "validate", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stdout()).containsPattern("broken\\.yaml:\\d+:\\d+ .*SETTLMENT");
    assertThat(run.stdout()).containsPattern("broken\\.yaml:\\d+:\\d+ .*colour");
  }

  @Test
  void validateReportsAnExampleThatDoesNotReproduce() throws IOException {
    Path file = dir.resolve("wrong-example.yaml");
    Files.writeString(file, STORE_PACK.replace("expect: settlement.cross-store", "expect: card.expired"), UTF_8);
    Cli.Run run = Cli.run("", "validate", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stdout()).contains("expected card.expired, got settlement.cross-store");
  }

  @Test
  void contactKitHasTheFactsAndNeverTheFullCardNumber() {
    Cli.Run run = Cli.run("", "contact-kit", "--network", "unionpay", "--code", "01", "--pan", "6222021234567890128",
        "--amount", "268.00", "--currency", "CNY", "--terminal-id", "10293847", "--time", "2026-03-12T15:42:10+08:00",
        "--locale", "en");
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.stdout()).startsWith("# Call issuer (Issuer)").contains("0128").contains("10293847").contains("268.00")
        .doesNotContain("021234567890");
    assertThat(Cli.run("", "contact-kit", "--network", "unionpay", "--code", "01", "--locale", "ja").stdout())
        .as("the heading in the kit's language, no raw ids").startsWith("# ").doesNotContain("issuer.refer", "ISSUER");
    JsonNode json = Cli.run("", "contact-kit", "--format", "json", "--network", "unionpay", "--code", "01",
        "--locale", "en").json();
    assertThat(json.at("/facts/items").size()).isPositive();
    assertThat(json.at("/email/subject").asText()).isNotBlank();
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "diagnose", "batch", "explain", "packs", "validate", "contact-kit"}) {
      Cli.Run run = Cli.run("", command, "--help");
      assertThat(run.status()).as(command).isZero();
      assertThat(run.stdout()).as(command).contains("Usage: posdx " + command).contains("--packs=DIR");
    }
    assertThat(Cli.run("", "--help").stdout()).contains("demo", "diagnose", "batch", "explain", "packs", "validate",
        "contact-kit");
  }

  @Test
  void aWrongOptionIsAUsageErrorThatNeverEchoesACardNumber() {
    Cli.Run run = Cli.run("", "diagnose", "--locale", "6222021234567890128");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.stderr()).contains("--locale").doesNotContain("021234567890");
    Cli.Run unknown = Cli.run("", "diagnose", "--6222021234567890128");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.stderr()).doesNotContain("021234567890");
  }
}
