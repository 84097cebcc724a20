package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack is the author's text reaching a terminal: control characters are refused where the pack
 * is read, every pack string printed goes through the redactor, and {@code --packs} refuses a pack
 * whose own examples fail, as {@code validate} does.
 */
class PackStringsTest {

  @TempDir Path dir;

  @Test
  void controlCharactersInAPackAreRefusedNamingFileLineAndField() throws IOException {
    Path file = write(InspectCommandsTest.STORE_PACK.replace(
        "\"Demo chain store 042 operations memo\"", "\"Demo memo\\e[2J\\e[31mall clear\\0\""));
    for (String[] args : new String[][] {
      {"packs", "--packs", dir.toString()},
      {"diagnose", "--jsonl", "--packs", dir.toString()},
      {"validate", file.toString()},
    }) {
      Cli.Run run = Cli.run("{\"network\":\"VISA\",\"responseCode\":\"05\"}\n", args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(run.all()).as(String.join(" ", args))
          .containsPattern("store\\.yaml:6:\\d+ /sources/0/document")
          .contains("control character U+001B")
          .doesNotContain("\u001b", "\u0000");
    }
  }

  @Test
  void everyPackStringPrintedIsRedacted() throws IOException {
    write(InspectCommandsTest.STORE_PACK
        .replace("id: demo-store-042", "id: store-4111111111111111")
        .replace("id: s042-refund-desk", "id: r-4111111111111111")
        .replace("\"Demo chain store 042 operations memo\"", "\"memo for card 4111 1111 1111 1111\"")
        .replace("edition: \"2026-01\"", "edition: \"4111-1111-1111-1111\""));
    String explainLine = "--network unionpay --code 25 --type refund --store s-042";
    Cli.Run text = Cli.run("", "packs", "--packs", dir.toString());
    Cli.Run json = Cli.run("", "packs", "--format", "json", "--packs", dir.toString());
    Cli.Run explain = Cli.run("", ("explain " + explainLine + " --packs " + dir).split(" "));
    Cli.Run explainJson = Cli.run("", ("explain --format json " + explainLine + " --packs " + dir).split(" "));
    for (Cli.Run run : new Cli.Run[] {text, json, explain, explainJson}) {
      assertThat(run.status()).as(run.all()).isZero();
      assertThat(run.all()).contains("411111").doesNotContain("4111111111111111", "1111 1111 1111", "1111-1111-1111");
    }
    assertThat(explainJson.stdout()).contains("r-411111******1111");
  }

  @Test
  void packsWhoseOwnExamplesFailAreRefusedByEveryCommandAsByValidate() throws IOException {
    write(InspectCommandsTest.STORE_PACK.replace("expect: settlement.cross-store", "expect: card.expired"));
    String line = "{\"network\":\"UNIONPAY\",\"responseCode\":\"25\",\"transactionType\":\"REFUND\",\"merchant\":{\"storeId\":\"s-042\"}}\n";
    for (String[] args : new String[][] {
      {"diagnose", "--jsonl", "--packs", dir.toString()},
      {"batch", "-", "--out", dir.resolve("out").toString(), "--packs", dir.toString()},
      {"packs", "--packs", dir.toString()},
      {"explain", "--network", "unionpay", "--code", "25", "--packs", dir.toString()},
    }) {
      Cli.Run run = Cli.run(line, args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(run.stderr()).as(String.join(" ", args)).contains("expected card.expired, got settlement.cross-store");
      assertThat(run.stdout()).as("nothing diagnosed with a pack that contradicts itself").doesNotContain("cause");
    }
  }

  private Path write(String pack) throws IOException {
    return Files.writeString(dir.resolve("store.yaml"), pack, UTF_8);
  }
}
