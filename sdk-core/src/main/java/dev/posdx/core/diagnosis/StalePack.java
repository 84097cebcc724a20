package dev.posdx.core.diagnosis;

import java.time.LocalDate;

/**
 * A pack whose data ended before the payment's day and that would otherwise have applied: a
 * finding of it (a holiday of a year it does not list) may be missing from the diagnosis.
 *
 * @since 0.1
 */
public record StalePack(String packId, String packVersion, LocalDate validUntil) {

  @Override
  public String toString() {
    return packId + "@" + packVersion + " (valid until " + validUntil + ")";
  }
}
