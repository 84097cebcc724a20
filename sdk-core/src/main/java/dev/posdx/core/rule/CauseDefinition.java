package dev.posdx.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.RetryDecision;
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
    withheldFrom = Sets.immutableEnumSet(withheld);
    explains = ImmutableSet.copyOf(explains);
    checkArgument(!explains.contains(cause), "cause %s cannot explain itself", cause);
    checkArgument(
        category != Category.RISK || defaultRetry == RetryDecision.NEVER,
        "cause %s is RISK, so its retry must be NEVER, not %s", cause, defaultRetry);
    checkArgument(
        category != Category.APPROVED || !CauseDefinition.isRetry(defaultRetry),
        "cause %s is an approval, so it cannot advise trying the card again (%s)", cause, defaultRetry);
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
