package dev.posdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.cli.demo.Scenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code posdx demo}, the README's first command. */
class DemoCommandTest {

  @Test
  void everySituationGivesTheCauseItIsThereToShow() throws Exception {
    DiagnosisPipeline pipeline = new DiagnosisPipeline(Diagnoser.standard(), false, GuidanceTexts.standard(), Locale.ENGLISH);
    List<Scenario> all = Scenario.all();
    assertThat(all).hasSize(12);
    for (Scenario s : all) {
      Diagnosis d = Diagnoser.standard().diagnose(pipeline.read(1, s.given()).outcome());
      assertThat(d.cause()).as(s.id()).isEqualTo(s.expect());
      List<Cause> found = d.findings().stream().map(Finding::cause).toList();
      assertThat(found).as(s.id()).containsAll(s.alsoFinds());
    }
  }

  @Test
  void printsEveryAudiencesGuidanceForTwelveSituations() {
    Cli.Run run = Cli.run("", "demo", "--locale", "en");
    assertThat(run.status()).as(run.stderr()).isZero();
    String out = run.stdout();
    assertThat(out.split("━━ ", -1)).hasSize(13);
    assertThat(out).contains("Cashier: ", "Cardholder", "Merchant: ");
    assertThat(out).contains("Lost card (Risk)").contains("(Settlement)")
        .contains("Retry: only after checking the first payment").doesNotContain("RECONCILE_FIRST");
    assertThat(out).as("a cardholder negotiated into another language is named").contains("Cardholder (German): ");
    // The lost card's cardholder is told only that the card was declined.
    String lost = out.substring(out.indexOf("[lost-card]"), out.indexOf("[terminal-offline]"));
    String cardholderLine = lost.lines().filter(l -> l.contains("Cardholder")).findFirst().orElseThrow();
    assertThat(cardholderLine.toLowerCase(Locale.ROOT)).doesNotContain("lost", "stolen", "fraud");
    assertThat(out).doesNotContain("021234567890");
  }

  @Test
  void defaultsToChineseForTheCashier() {
    Cli.Run run = Cli.run("", "demo", "--only", "insufficient-funds");
    assertThat(run.status()).isZero();
    assertThat(run.stdout()).contains("收银员").contains("卡内余额不足").contains("zh-CN");
  }

  @Test
  void anUnknownSituationIsAUsageError() {
    Cli.Run run = Cli.run("", "demo", "--only", "nope");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.stderr()).contains("refer-to-issuer");
  }
}
