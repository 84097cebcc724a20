package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end as a separate process, as a gateway or a shell script runs it:
 * real standard streams, real exit statuses, real UTF-8 bytes. The README's documented commands.
 */
class CliProcessTest {

  @TempDir Path dir;

  @Test
  void theReadmesDiagnoseExample() throws Exception {
    PosdxProcess.Result run = PosdxProcess.run(new byte[0], "diagnose", "--network", "unionpay", "--code", "01",
        "--locale", "zh-CN", "--pan", "6222021234567890128");
    assertThat(run.status()).as(run.stderr()).isZero();
    JsonNode d = Cli.parse(run.stdout());
    assertThat(d.get("cause").asText()).isEqualTo("issuer.refer");
    assertThat(d.get("contactIssuer").asBoolean()).isTrue();
    assertThat(d.at("/issuer/hotline").asText()).isNotBlank();
    assertThat(run.all()).doesNotContain("021234567890");
  }

  @Test
  void jsonLinesThroughAPipeWithBadBytesAndBadJson() throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("{\"network\":\"UNIONPAY\",\"responseCode\":\"51\",\"locale\":\"zh-CN\"}\n".getBytes(UTF_8));
    in.writeBytes(new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}', '\n'});
    in.writeBytes("{not json}\r\n".getBytes(UTF_8));
    in.writeBytes("{\"network\":\"VISA\",\"responseCode\":\"54\",\"cvv\":\"8461\"}\n".getBytes(UTF_8));
    in.writeBytes("{\"network\":\"VISA\",\"responseCode\":\"54\"}".getBytes(UTF_8));
    PosdxProcess.Result run = PosdxProcess.run(in.toByteArray(), "diagnose", "--jsonl", "--locale", "en");
    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> out = run.lines().stream().map(Cli::parse).toList();
    assertThat(out).hasSize(5);
    assertThat(out.get(0).get("cause").asText()).isEqualTo("account.insufficient-funds");
    assertThat(out.get(1).at("/error/message").asText()).contains("not UTF-8");
    assertThat(out.get(2).at("/error/message").asText()).contains("not valid JSON");
    assertThat(out.get(3).at("/error/field").asText()).isEqualTo("cvv");
    assertThat(out.get(4).get("cause").asText()).isEqualTo("card.expired");
    assertThat(run.stdout()).doesNotContain("8461");
    // Valid UTF-8 on the wire whatever the platform's default charset.
    assertThat(new String(run.stdoutBytes(), UTF_8).getBytes(UTF_8)).isEqualTo(run.stdoutBytes());
  }

  @Test
  void allGoodMeansStatusZeroAndNoInputMeansNoOutput() throws Exception {
    PosdxProcess.Result empty = PosdxProcess.run(new byte[0], "diagnose", "--jsonl");
    assertThat(empty.status()).isZero();
    assertThat(empty.stdoutBytes()).isEmpty();
  }

  @Test
  void theReadmesDemo() throws Exception {
    PosdxProcess.Result run = PosdxProcess.run(new byte[0], "demo");
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("12/12").contains("收银员").contains("持卡人").contains("商户");
  }

  @Test
  void batchWritesItsFilesAndAWrongCommandLineIsStatusTwo() throws Exception {
    Path log = dir.resolve("auth.csv");
    Files.writeString(log, "network,responseCode,merchant.storeId\nUNIONPAY,51,s-1\nVISA,05,s-2\n", UTF_8);
    PosdxProcess.Result run = PosdxProcess.run(new byte[0], "batch", log.toString(), "--out", dir.resolve("r").toString());
    assertThat(run.status()).as(run.all()).isZero();
    assertThat(run.stderr()).as("quiet when not on a terminal").isEmpty();
    assertThat(dir.resolve("r/report.html")).exists();
    assertThat(Files.readAllLines(dir.resolve("r/diagnoses.jsonl"))).hasSize(2);

    PosdxProcess.Result wrong = PosdxProcess.run(new byte[0], "diagnose", "--no-such-option");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.stderr()).contains("--no-such-option").contains("posdx diagnose --help");
  }
}
