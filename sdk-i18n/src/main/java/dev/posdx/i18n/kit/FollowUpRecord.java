package dev.posdx.i18n.kit;

import static com.google.common.base.Preconditions.checkArgument;

import dev.posdx.core.outcome.CardNumbers;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;

// @serial exclude: javadoc 17 asks a comment of each component of a serializable record, which
// the @param tags already give (later JDKs read them); the record stays serializable.
/**
 * One contact with the issuer, as the merchant guide asks to note it: when, how, with whom, what
 * they answered and promised, and when to check again. A serializable value a POS app can store.
 * Free text may not hold a card number: a run of {@value #MAX_DIGITS_IN_TEXT}+ digits, with or
 * without separators as {@link CardNumbers} finds them, is refused (the error never echoes it).
 *
 * @param time when the contact took place, in the store's zone
 * @param channel how the issuer was reached
 * @param person who answered, such as "Ms Li, card services"; empty when not known
 * @param answer what they said; empty when not given
 * @param promise what they promised to do, and by when; empty when nothing was promised
 * @param nextCheck when to check the account or the case again
 * @serial exclude
 * @since 0.1
 */
public record FollowUpRecord(
    ZonedDateTime time, ContactChannel channel, String person, String answer, String promise, LocalDate nextCheck)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest run of digits free text may hold: a card number has 12 or more. */
  public static final int MAX_DIGITS_IN_TEXT = CardNumbers.MIN_DIGITS;

  private static final int MAX_TEXT = 2000;

  /**
   * @param time when the contact took place
   * @param channel how the issuer was reached
   * @param person who answered; empty when not known
   * @param answer what they said; empty when not given
   * @param promise what they promised; empty when nothing was
   * @param nextCheck when to check again; not before the contact's day
   * @throws IllegalArgumentException if a text is longer than 2000 characters or holds a card
   *     number (the message names the field, never the digits), or {@code nextCheck} is before
   *     the contact
   */
  public FollowUpRecord {
    checkText("person", person);
    checkText("answer", answer);
    checkText("promise", promise);
    checkArgument(!nextCheck.isBefore(time.toLocalDate()),
        "nextCheck (%s) must not be before the contact (%s)", nextCheck, time.toLocalDate());
  }

  private static void checkText(String field, String text) {
    checkArgument(text.length() <= MAX_TEXT, "%s is longer than %s characters", field, MAX_TEXT);
    checkArgument(!CardNumbers.holdsCardNumber(text),
        "%s holds a run of %s or more digits: a card number must not be written into a follow-up note",
        field, MAX_DIGITS_IN_TEXT);
  }

  @Override
  public String toString() {
    return CardNumbers.redact("FollowUpRecord[time=" + time + ", channel=" + channel + ", person=" + person
        + ", answer=" + answer + ", promise=" + promise + ", nextCheck=" + nextCheck + "]");
  }
}
