package dev.posdx.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.rule.Conclusion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosisModelTest {

  @Test
  void retryAdviceKeepsItsPartsConsistent() {
    assertThat(RetryAdvice.later(Duration.ofHours(1)).after()).contains(Duration.ofHours(1));
    assertThat(RetryAdvice.withChange(RetryChange.INSERT_CHIP).toString()).isEqualTo("WITH_CHANGE INSERT_CHIP");
    assertThatThrownBy(() -> new RetryAdvice(RetryDecision.NOW, Optional.of(Duration.ofHours(1)), Optional.empty()))
        .hasMessageContaining("only with LATER");
    assertThatThrownBy(() -> new RetryAdvice(RetryDecision.WITH_CHANGE, Optional.empty(), Optional.empty()))
        .hasMessageContaining("WITH_CHANGE");
    assertThatThrownBy(() -> new RetryAdvice(RetryDecision.NEVER, Optional.empty(), Optional.of(RetryChange.SIGN_ON)))
        .hasMessageContaining("only with, WITH_CHANGE");
    assertThatThrownBy(() -> RetryAdvice.later(Duration.ZERO)).hasMessageContaining("positive");
  }

  @Test
  void causesAreStableDottedIds() {
    assertThat(Cause.of("settlement.cross-store").family()).isEqualTo("settlement");
    assertThatThrownBy(() -> Cause.of("Issuer.Refer")).hasMessageContaining("dotted lower-case");
    assertThatThrownBy(() -> Cause.of("refer")).hasMessageContaining("dotted lower-case");
    assertThatThrownBy(() -> Cause.of("51")).hasMessageContaining("dotted lower-case");
  }

  @Test
  void aRiskCauseIsAlwaysWithheldFromTheCardholder() {
    Conclusion c = Conclusion.of(Cause.of("risk.stolen-card"), Category.RISK, Confidence.CERTAIN, RetryAdvice.never(), false);
    assertThat(c.withheldFrom()).containsExactly(Audience.CARDHOLDER);
    assertThatThrownBy(() -> Conclusion.builder(Cause.of("risk.pick-up"), Category.RISK, Confidence.CERTAIN, RetryAdvice.never()).withheldFrom(Set.of(Audience.CASHIER)).build())
        .hasMessageContaining("cashier and support may always know");
  }

  @Test
  void stepsInAConclusionCarryNoArguments() {
    assertThatThrownBy(() -> Conclusion.builder(Cause.of("issuer.refer"), Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never())
            .contactIssuer(true)
            .steps(List.of(new Step(Audience.CARDHOLDER, "call-issuer", "step.call-issuer", Map.of("hotline", "95588"))))
            .build())
        .hasMessageContaining("filled by the diagnosis");
  }
}
