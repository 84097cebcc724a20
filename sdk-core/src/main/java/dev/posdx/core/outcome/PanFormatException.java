package dev.posdx.core.outcome;

/**
 * A card number could not be read. The message names the problem and how many digits were
 * seen, never the digits themselves.
 *
 * @since 0.1
 */
public final class PanFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What was wrong with the number. */
  public enum Reason {
    /** Something other than a digit, space or hyphen. */
    NOT_DIGITS("card number may hold only digits, spaces and hyphens"),
    /** Fewer than 12 digits. */
    TOO_SHORT("card number is shorter than 12 digits"),
    /** More than 19 digits. */
    TOO_LONG("card number is longer than 19 digits"),
    /** Not the masked shape: six digits, {@code *} or {@code X}, four digits. */
    NOT_MASKED("masked card number must be 6 digits, then * or X, then 4 digits");

    private final String description;

    Reason(String description) {
      this.description = description;
    }
  }

  /** What was wrong; part of the serialized form. */
  private final Reason reason;

  PanFormatException(Reason reason, int digitsSeen) {
    super("pan: " + reason.description + " (" + digitsSeen + " digits seen)");
    this.reason = reason;
  }

  /** {@return what was wrong with the number} */
  public Reason reason() {
    return reason;
  }
}
