package dev.posdx.i18n;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import java.util.function.Predicate;

/**
 * Which of a diagnosis's steps may be shown beside the advice the renderer composes. A step that
 * says whether to retry or to call the issuer is the composed advice's job, so it is left out; a
 * step that only suits some decisions is shown only under them. The table is keyed by step
 * action, so it holds for every locale; {@code AdviceAgreementTest} checks each locale's text of
 * every step against it.
 */
final class AdviceSteps {

  /** Steps that are retry or contact advice: the composed sentences replace them. */
  static final ImmutableSet<String> REPLACED_BY_ADVICE =
      ImmutableSet.of(
          "retry-now", "retry-later", "wait-and-retry", "reconcile-before-retry", "start-new-sale",
          "insert-chip", "swipe-card", "tap-card", "ask-for-pin", "enter-pin-again", "correct-input",
          "ask-another-payment", "try-another-payment", "use-another-card", "call-issuer", "activate-card");

  /** Steps that send the cardholder to the bank: shown only when the diagnosis says to contact the issuer. */
  static final ImmutableSet<String> NEEDS_ISSUER_CONTACT =
      ImmutableSet.of("renew-card", "activate-card", "replace-card", "check-card-abroad");

  /** Steps whose text suits only some decisions (such as "do not retry"): shown only under them. */
  static final ImmutableMap<String, Predicate<Diagnosis>> ONLY_WHEN =
      ImmutableMap.of(
          "follow-risk-procedure", d -> decision(d) == RetryDecision.NEVER,
          "stop-recurring-charges", d -> decision(d) == RetryDecision.NEVER && d.category() != Category.APPROVED,
          "plan-peak-hours", d -> decision(d) == RetryDecision.LATER,
          "update-stored-card", d -> d.retry().change().filter(c -> c != RetryChange.ANOTHER_PAYMENT).isPresent(),
          // Repeating or reversing a transfer is a question only for one the network accepted.
          "confirm-transfer", d -> d.category() == Category.APPROVED);

  private AdviceSteps() {}

  static boolean shown(Step step, Diagnosis diagnosis) {
    String action = step.action();
    if (REPLACED_BY_ADVICE.contains(action)) {
      return false;
    }
    if (NEEDS_ISSUER_CONTACT.contains(action) && !diagnosis.contactIssuer()) {
      return false;
    }
    Predicate<Diagnosis> when = ONLY_WHEN.get(action);
    return when == null || when.test(diagnosis);
  }

  private static RetryDecision decision(Diagnosis d) {
    return d.retry().decision();
  }
}
