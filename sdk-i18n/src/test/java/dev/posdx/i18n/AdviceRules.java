package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.i18n.AdviceLexicon.Advice;
import java.util.EnumSet;
import java.util.Set;

/** Which advice agrees with a decision and with {@code contactIssuer}: what the sweep asserts. */
final class AdviceRules {

  private AdviceRules() {}

  static Set<Advice> allowed(RetryAdvice retry, Category category, boolean contactIssuer) {
    Set<Advice> allowed = switch (retry.decision()) {
      case NOW -> EnumSet.of(Advice.RETRY);
      case LATER -> EnumSet.of(Advice.RETRY, Advice.WAIT, Advice.ANOTHER);
      case WITH_CHANGE -> retry.change().orElseThrow() == RetryChange.ANOTHER_PAYMENT
          ? EnumSet.of(Advice.ANOTHER, Advice.NO_RETRY)
          : EnumSet.of(Advice.RETRY);
      // An approval is not charged again ("do not pay again" reads as either).
      case NEVER -> category == Category.APPROVED
          ? EnumSet.of(Advice.NO_RETRY, Advice.RECONCILE)
          : EnumSet.of(Advice.NO_RETRY, Advice.ANOTHER);
      case RECONCILE_FIRST -> EnumSet.of(Advice.RECONCILE, Advice.NO_RETRY);
    };
    if (contactIssuer) {
      allowed.add(Advice.CONTACT);
    }
    return allowed;
  }
}
