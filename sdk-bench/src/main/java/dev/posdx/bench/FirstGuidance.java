package dev.posdx.bench;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.Guidance;
import dev.posdx.i18n.GuidanceRenderer;
import java.util.Locale;

/**
 * What a terminal app does the first time a card is declined after start-up: load the built-in
 * packs and bundles, diagnose one outcome and render the cardholder's text. {@link ColdStart}
 * times it in fresh JVMs. Exits with status 2 if the answer is not a real one, so a broken
 * class path is never timed as a fast start.
 */
public final class FirstGuidance {

  private FirstGuidance() {}

  public static void main(String[] args) {
    Diagnoser diagnoser = Diagnoser.standard();
    Diagnosis d =
        diagnoser.diagnose(
            TransactionOutcome.builder(Network.UNIONPAY).responseCode("51").pan("6222021234567890128").build());
    GuidanceRenderer renderer = GuidanceRenderer.standard();
    Guidance text = renderer.render(d, Audience.CARDHOLDER, Locale.forLanguageTag("zh-Hans"));
    if (d.cause().equals(Cause.UNKNOWN) || text.longText().isBlank()) {
      System.err.println("no real guidance: " + d.cause() + " / " + text.longText());
      System.exit(2);
    }
    System.out.println(d.cause() + ": " + text.longText());
  }
}
