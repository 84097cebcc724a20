package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.examples.contract.SchemaChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code posdx batch}: diagnoses, report.json and report.html from an authorization log. */
class BatchCommandTest {

  @TempDir Path dir;

  static final String CSV = String.join("\n",
      "network,responseCode,transactionType,terminal.host,terminal.latencyMs,merchant.storeId,merchant.originalStoreId,merchant.chainId,time,pan",
      "UNIONPAY,51,SALE,,,s-001,,,2026-02-15T12:30:00+08:00,6222021234567890128",
      "UNIONPAY,51,SALE,,,s-001,,,2026-02-15T12:45:00+08:00,",
      "UNIONPAY,55,SALE,,,s-002,,,2026-02-15T19:05:00+08:00,",
      "UNIONPAY,,SALE,TIMEOUT,60000,s-002,,,2026-02-15T19:10:00+08:00,",
      "UNIONPAY,25,REFUND,,,s-021,s-007,demo-chain,2026-02-16T10:00:00+08:00,",
      "UNIONPAY,51,SALE,BROKEN,,s-001,,,2026-02-16T10:05:00+08:00,",
      "VISA,54,SALE,,,6222021234567890128,,,,") + "\n";

  private Cli.Run batch(String name, String content, String... more) throws IOException {
    Path input = dir.resolve(name);
    Files.writeString(input, content, UTF_8);
    Path out = dir.resolve("out");
    String[] args = new String[4 + more.length];
    args[0] = "batch";
    args[1] = input.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run("", args);
  }

  @Test
  void aCsvLogGivesDiagnosesAndAReport() throws IOException {
    Cli.Run run = batch("auth-log.csv", CSV, "--locale", "en");
    assertThat(run.status()).as("one record is bad").isEqualTo(1);
    assertThat(run.stdout()).contains("Records: 7; diagnosed: 6; could not be used: 1");

    List<String> diagnoses = Files.readAllLines(dir.resolve("out/diagnoses.jsonl"), UTF_8);
    assertThat(diagnoses).hasSize(7);
    for (String line : diagnoses) {
      assertThat(SchemaChecks.diagnosis().problems(Cli.parse(line))).as(line).isEmpty();
    }
    JsonNode bad = Cli.parse(diagnoses.get(5));
    assertThat(bad.at("/error/line").asInt()).as("the file line, the header being line 1").isEqualTo(7);
    assertThat(bad.at("/error/field").asText()).isEqualTo("terminal.host");

    JsonNode report = Cli.JSON.readTree(dir.resolve("out/report.json").toFile());
    assertThat(report.get("lines").asInt()).isEqualTo(7);
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    assertThat(report.at("/by/cause/0/key").asText()).isEqualTo("account.insufficient-funds");
    assertThat(report.at("/by/cause/0/count").asInt()).isEqualTo(2);
    assertThat(report.at("/by/store/0/key").asText()).isEqualTo("s-001");
    assertThat(report.at("/by/hour/12").asInt()).isEqualTo(2);
    assertThat(report.at("/by/hour/19").asInt()).isEqualTo(2);
    assertThat(report.at("/by/network").toString()).contains("UNIONPAY", "VISA");
    assertThat(report.at("/topCauses/0/cause").asText()).isEqualTo("account.insufficient-funds");
    assertThat(report.at("/topCauses/0/merchant").asText()).isNotBlank();
    assertThat(report.at("/errorsByField/0/field").asText()).isEqualTo("terminal.host");

    String html = Files.readString(dir.resolve("out/report.html"), UTF_8);
    for (String id : List.of("summary", "by-category", "by-cause", "by-store", "by-issuer", "by-network", "by-hour",
        "top-causes", "errors")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    assertThat(html).contains("<svg").contains("settlement.cross-store").doesNotContain("http://", "https://", "<script");
    assertThat(html + Files.readString(dir.resolve("out/report.json")) + String.join("\n", diagnoses))
        .as("a card number in the store column").doesNotContain("021234567890");
  }

  @Test
  void jsonLinesWorkTooAndAllGoodMeansSuccess() throws IOException {
    String log = "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\",\"merchant\":{\"storeId\":\"s-9\"}}\n"
        + "{\"network\":\"VISA\",\"responseCode\":\"54\"}\n";
    Cli.Run run = batch("auth.log", log, "--locale", "zh-CN");
    assertThat(run.status()).as(run.all()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out/diagnoses.jsonl"))).hasSize(2);
    assertThat(Files.readString(dir.resolve("out/report.html"), UTF_8)).contains("lang=\"zh-CN\"").contains("按原因");
  }

  @Test
  void anEmptyLogGivesAnEmptyReport() throws IOException {
    Cli.Run run = batch("empty.jsonl", "");
    assertThat(run.status()).isZero();
    assertThat(Cli.JSON.readTree(dir.resolve("out/report.json").toFile()).get("lines").asInt()).isZero();
  }

  @Test
  void anUnusableCsvHeaderStopsWithItsReason() throws IOException {
    Cli.Run run = batch("bad.csv", "network,,responseCode\nVISA,,05\n");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).contains("column 2").contains("empty field name");
  }

  @Test
  void aMissingFileIsAnIoError() {
    Cli.Run run = Cli.run("", "batch", dir.resolve("nope.csv").toString(), "--out", dir.resolve("o").toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.stderr()).contains("nope.csv");
  }
}
