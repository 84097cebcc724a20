package dev.posdx.core.outcome;

import java.nio.CharBuffer;
import java.util.Objects;

/**
 * A card number reduced, the moment it enters, to what posdx may keep: the first six digits
 * (the BIN, for issuer lookup), the last four, and the length. The middle digits are never held,
 * so no {@code toString}, log line or exception can show them.
 *
 * @since 0.1
 */
public final class MaskedPan {

  /** Whether the full number passed the Luhn check when it was masked. */
  public enum LuhnCheck {
    /** The check digit is right. */
    VALID,
    /** Bad check digit: allowed (test cards, typos at a manual entry) but flagged. */
    INVALID,
    /** The number arrived already masked, so the check could not be made. */
    NOT_CHECKED
  }

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 19;

  private final String bin;
  private final String last4;
  private final int length;
  private final LuhnCheck luhn;

  private MaskedPan(String bin, String last4, int length, LuhnCheck luhn) {
    this.bin = bin;
    this.last4 = last4;
    this.length = length;
    this.luhn = luhn;
  }

  /**
   * Masks a full card number. Spaces and hyphens between digit groups are allowed. The error for
   * bad input names the problem and the length, never the digits.
   *
   * @param pan the full card number, 12-19 digits
   * @return the masked number, with the Luhn check's result
   * @throws PanFormatException if the input holds other characters or has the wrong length
   */
  public static MaskedPan of(CharSequence pan) {
    char[] digits = new char[MAX_LENGTH];
    int n = 0;
    for (int i = 0; i < pan.length(); i++) {
      char c = pan.charAt(i);
      if (c >= '0' && c <= '9') {
        if (n == MAX_LENGTH) {
          throw new PanFormatException(PanFormatException.Reason.TOO_LONG, countDigits(pan));
        }
        digits[n++] = c;
      } else if (c != ' ' && c != '-') {
        throw new PanFormatException(PanFormatException.Reason.NOT_DIGITS, n);
      }
    }
    if (n < MIN_LENGTH) {
      throw new PanFormatException(PanFormatException.Reason.TOO_SHORT, n);
    }
    LuhnCheck luhn = CardNumbers.luhnValid(CharBuffer.wrap(digits, 0, n)) ? LuhnCheck.VALID : LuhnCheck.INVALID;
    MaskedPan masked =
        new MaskedPan(new String(digits, 0, 6), new String(digits, n - 4, 4), n, luhn);
    java.util.Arrays.fill(digits, '0');
    return masked;
  }

  /**
   * Reads a number that is already masked, such as {@code 622202******1234}: six digits, a run
   * of {@code *} or {@code X}, four digits. Spaces and hyphens are ignored.
   *
   * @param masked the masked number
   * @return the masked number, {@link LuhnCheck#NOT_CHECKED}
   * @throws PanFormatException if it does not have that shape
   */
  public static MaskedPan ofMasked(CharSequence masked) {
    StringBuilder compact = new StringBuilder(MAX_LENGTH);
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == ' ' || c == '-') {
        continue;
      }
      if (compact.length() == MAX_LENGTH) {
        throw new PanFormatException(PanFormatException.Reason.TOO_LONG, masked.length());
      }
      compact.append(c);
    }
    int n = compact.length();
    if (n < MIN_LENGTH) {
      throw new PanFormatException(PanFormatException.Reason.TOO_SHORT, n);
    }
    for (int i = 0; i < n; i++) {
      char c = compact.charAt(i);
      boolean edge = i < 6 || i >= n - 4;
      boolean ok = edge ? (c >= '0' && c <= '9') : (c == '*' || c == 'X' || c == 'x');
      if (!ok) {
        throw new PanFormatException(PanFormatException.Reason.NOT_MASKED, n);
      }
    }
    return new MaskedPan(compact.substring(0, 6), compact.substring(n - 4), n, LuhnCheck.NOT_CHECKED);
  }

  /**
   * Accepts either a full number or an already-masked one, as a log line may hold either.
   *
   * @param panOrMasked a full or masked card number; read as masked when it holds {@code *} or
   *     {@code X}
   * @return the masked number
   * @throws PanFormatException if it is neither
   */
  public static MaskedPan parse(CharSequence panOrMasked) {
    for (int i = 0; i < panOrMasked.length(); i++) {
      char c = panOrMasked.charAt(i);
      if (c == '*' || c == 'X' || c == 'x') {
        return ofMasked(panOrMasked);
      }
    }
    return of(panOrMasked);
  }

  private static int countDigits(CharSequence s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        count++;
      }
    }
    return count;
  }

  /** {@return the first six digits: the issuer identification number} */
  public String bin() {
    return bin;
  }

  /** {@return the last four digits: all the cardholder may be shown} */
  public String last4() {
    return last4;
  }

  /** {@return the full number's length (12–19), which BIN tables need to tell some issuers apart} */
  public int length() {
    return length;
  }

  /** {@return whether the full number passed the Luhn check when it was masked} */
  public LuhnCheck luhn() {
    return luhn;
  }

  /** {@return the form for merchant and support text: {@code 622202******1234}} */
  public String masked() {
    return bin + "*".repeat(length - 10) + last4;
  }

  /** {@return the form for the cardholder, who sees only the last four: {@code **** 1234}} */
  public String forCardholder() {
    return "**** " + last4;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaskedPan other
        && bin.equals(other.bin)
        && last4.equals(other.last4)
        && length == other.length;
  }

  @Override
  public int hashCode() {
    return Objects.hash(bin, last4, length);
  }

  @Override
  public String toString() {
    return masked();
  }
}
