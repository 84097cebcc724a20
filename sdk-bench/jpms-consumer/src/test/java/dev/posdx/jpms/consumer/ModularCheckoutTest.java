package dev.posdx.jpms.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.GuidanceRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@link ModularCheckout} in a fresh JVM with -p and -m, as a modular application would. */
class ModularCheckoutTest {

  private static List<String> output = List.of();
  private static String errors = "";
  private static int exitStatus = -1;

  @BeforeAll
  static void runOnTheModulePath() throws IOException, InterruptedException {
    String modulePath = System.getProperty("posdx.consumer.modulePath", "");
    assertThat(modulePath).as("surefire passes the module path").contains("slf4j-api");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-p", modulePath));
    // posdx-rules needs Jackson only where packs are parsed at run time: resolve it when it is there.
    if (Arrays.stream(modulePath.split(File.pathSeparator)).anyMatch(p -> p.contains("jackson-dataformat-yaml"))) {
      command.addAll(List.of("--add-modules", "com.fasterxml.jackson.dataformat.yaml"));
    }
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-m", "dev.posdx.jpms.consumer/dev.posdx.jpms.consumer.ModularCheckout"));
    Path err = Files.createTempFile("jpms-consumer", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the modular run ends").isTrue();
      exitStatus = process.exitValue();
      errors = Files.readString(err, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  @Test
  void runsAsANamedModuleAndDiagnoses() {
    assertThat(exitStatus).as("exit status; stderr: %s", errors).isZero();
    assertThat(output).contains("module dev.posdx.jpms.consumer", "cause issuer.refer", "retry NEVER");
  }

  @Test
  void rendersWhatTheClassPathRenders() {
    String expected = GuidanceRenderer.standard()
        .render(
            Diagnoser.standard().diagnose(
                TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("6222021234567890128").build()),
            Audience.CASHIER,
            Locale.ENGLISH)
        .text();
    assertThat(expected).isNotBlank();
    assertThat(output).as("stderr: %s", errors).contains("guidance " + expected);
  }

  @Test
  void exportsOnlyTheApiPackages() {
    assertThat(output).contains(
        // core.internal goes to posdx-rules (pack examples on demand) and posdx-i18n (guidance kept per verdict).
        "exports dev.posdx.core dev.posdx.core dev.posdx.core.diagnosis dev.posdx.core.internal->dev.posdx.i18n+dev.posdx.rules"
            + " dev.posdx.core.outcome dev.posdx.core.rule dev.posdx.core.spi",
        "exports dev.posdx.i18n dev.posdx.i18n dev.posdx.i18n.display dev.posdx.i18n.kit",
        "exports dev.posdx.rules dev.posdx.rules dev.posdx.rules.contract dev.posdx.rules.internal->dev.posdx.examples+dev.posdx.kafka"
            + " dev.posdx.rules.issuers dev.posdx.rules.packs",
        "internal visible false");
  }
}
