package dev.posdx.core.rule;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.internal.Frozen;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one cause means whatever rule concludes it: its category, whether only the issuer can
 * lift or explain it, who may not be told it, the retry decision it leads to when no source
 * narrows it, which causes it explains, and whether it only advises on another cause's retry.
 *
 * @param contactIssuer true where only the issuer can lift the block or explain it
 * @param withheldFrom audiences that must not be told; a {@link Category#RISK} cause is always
 *     withheld from the cardholder
 * @param defaultRetry the decision when a rule gives no narrower one
 * @param explains causes this one explains: when both are found, the explained one is secondary
 * @param adviceOnly a modifier (peak load, cross-border, a merchant advice code): it adjusts the
 *     retry advice of a decline and is never the primary cause while another finding is
 * @since 0.1
 */
public record CauseDefinition(
    Cause cause,
    Category category,
    boolean contactIssuer,
    Set<Audience> withheldFrom,
    RetryDecision defaultRetry,
    Set<Cause> explains,
    boolean adviceOnly) {

  /**
   * @param cause the cause defined
   * @param category its kind; {@link Category#RISK} forces {@code NEVER} and withholding from the
   *     cardholder
   * @param contactIssuer true where only the issuer can lift the block or explain it
   * @param withheldFrom audiences that must not be told, copied
   * @param defaultRetry the decision when a rule gives no narrower one
   * @param explains causes this one explains, copied; not itself
   * @param adviceOnly true for a modifier that adjusts another cause's retry advice
   * @throws IllegalArgumentException if the cause explains itself, a risk cause's retry is not
   *     {@code NEVER}, or an approval advises a retry
   */
  public CauseDefinition {
    EnumSet<Audience> withheld = EnumSet.noneOf(Audience.class);
    withheld.addAll(withheldFrom);
    if (category == Category.RISK) {
      withheld.add(Audience.CARDHOLDER);
    }
    withheldFrom = Collections.unmodifiableSet(withheld);
    explains = Frozen.set(explains);
    if (explains.contains(cause)) {
      throw new IllegalArgumentException("cause " + cause + " cannot explain itself");
    }
    if (category == Category.RISK && defaultRetry != RetryDecision.NEVER) {
      throw new IllegalArgumentException("cause " + cause + " is RISK, so its retry must be NEVER, not " + defaultRetry);
    }
    if (category == Category.APPROVED && CauseDefinition.isRetry(defaultRetry)) {
      throw new IllegalArgumentException("cause " + cause + " is an approval, so it cannot advise trying the card again (" + defaultRetry + ")");
    }
  }

  /**
   * Whether a decision presents the card again.
   *
   * @param decision the retry decision
   * @return true for {@code NOW}, {@code LATER} and {@code WITH_CHANGE}
   */
  public static boolean isRetry(RetryDecision decision) {
    return decision == RetryDecision.NOW || decision == RetryDecision.LATER || decision == RetryDecision.WITH_CHANGE;
  }
}
