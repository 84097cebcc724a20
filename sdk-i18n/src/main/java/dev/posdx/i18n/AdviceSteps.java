package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import java.util.Set;

/**
 * Which of a diagnosis's steps may be shown beside the advice the renderer composes. A step that
 * says whether to retry or to call the issuer is the composed advice's job, so it is left out; a
 * step that only suits some decisions is shown only under them. The table is keyed by step
 * action, so it holds for every locale; {@code AdviceAgreementTest} checks each locale's text of
 * every step against it.
 */
final class AdviceSteps {

  /** Steps that are retry or contact advice: the composed sentences replace them. */
  // Set.of, not Guava's ImmutableSet (start-up cost): only asked whether it holds an action.
  static final Set<String> REPLACED_BY_ADVICE =
      Set.of(
          "retry-now", "retry-later", "wait-and-retry", "reconcile-before-retry", "start-new-sale",
          "insert-chip", "swipe-card", "tap-card", "ask-for-pin", "enter-pin-again", "correct-input",
          "ask-another-payment", "try-another-payment", "use-another-card", "call-issuer", "activate-card");

  /** Steps that send the cardholder to the bank: shown only when the diagnosis says to contact the issuer. */
  static final Set<String> NEEDS_ISSUER_CONTACT =
      Set.of("renew-card", "activate-card", "replace-card", "check-card-abroad");

  private AdviceSteps() {}

  static boolean shown(Step step, Diagnosis diagnosis) {
    String action = step.action();
    if (REPLACED_BY_ADVICE.contains(action)) {
      return false;
    }
    if (NEEDS_ISSUER_CONTACT.contains(action) && !diagnosis.contactIssuer()) {
      return false;
    }
    return suitsDecision(action, diagnosis);
  }

  // Steps whose text suits only some decisions (such as "do not retry") are shown only under them.
  // A switch, not a table of lambdas: each would be spun into a class on the first render.
  private static boolean suitsDecision(String action, Diagnosis d) {
    return switch (action) {
      case "follow-risk-procedure" -> decision(d) == RetryDecision.NEVER;
      case "stop-recurring-charges" -> decision(d) == RetryDecision.NEVER && d.category() != Category.APPROVED;
      case "plan-peak-hours" -> decision(d) == RetryDecision.LATER;
      case "update-stored-card" -> d.retry().change().isPresent() && d.retry().change().get() != RetryChange.ANOTHER_PAYMENT;
      // Repeating or reversing a transfer is a question only for one the network accepted.
      case "confirm-transfer" -> d.category() == Category.APPROVED;
      default -> true;
    };
  }

  private static RetryDecision decision(Diagnosis d) {
    return d.retry().decision();
  }
}
