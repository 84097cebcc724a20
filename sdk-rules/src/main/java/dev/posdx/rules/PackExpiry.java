package dev.posdx.rules;

import static com.google.common.base.Preconditions.checkArgument;

import dev.posdx.core.rule.RulePack;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Warns about a pack whose {@code validUntil} is near or past, so that time-bound data (a holiday
 * calendar) is renewed before diagnoses start to miss its findings.
 *
 * @since 0.1
 */
public final class PackExpiry {

  /** How long before a pack's {@code validUntil} the warning starts, by default. */
  public static final int DEFAULT_WARN_DAYS = 60;

  private PackExpiry() {}

  /**
   * The warning for {@code pack} on {@code today}, or empty when it has no {@code validUntil} or
   * that day is more than {@code warnDays} away.
   *
   * @param pack the pack to check
   * @param today the date to count from, in the deployment's zone
   * @param warnDays how many days ahead of {@code validUntil} to start warning; 0 or more
   * @return one line naming the pack, its origin and the days left (or passed) and what to do
   * @throws IllegalArgumentException if {@code warnDays} is negative
   */
  public static Optional<String> warning(RulePack pack, LocalDate today, int warnDays) {
    checkArgument(warnDays >= 0, "warnDays must not be negative, got %s", warnDays);
    if (pack.validUntil().isEmpty()) {
      return Optional.empty();
    }
    LocalDate until = pack.validUntil().get();
    long left = ChronoUnit.DAYS.between(today, until);
    if (left > warnDays) {
      return Optional.empty();
    }
    String when =
        left < 0
            ? "passed " + -left + (left == -1 ? " day" : " days") + " ago"
            : left == 0 ? "is today" : "is " + left + (left == 1 ? " day" : " days") + " away";
    return Optional.of(
        "pack " + pack.id() + " " + pack.version() + " (" + pack.origin() + "): validUntil " + until + " " + when
            + "; diagnoses after it may miss this pack's findings: add the next period's data from its source and move validUntil");
  }
}
