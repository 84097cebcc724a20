package dev.posdx.core.outcome;

import java.util.Locale;

/**
 * A host response code as it arrived on the wire (ISO 8583 field 39 or a network's own code):
 * one to three letters or digits, upper-cased. What it means depends on the {@link Network}.
 *
 * @since 0.1
 */
public record ResponseCode(String value) implements Comparable<ResponseCode> {

  /**
   * @param value 1-3 ASCII letters or digits; kept upper-cased
   * @throws IllegalArgumentException if it has another shape
   */
  public ResponseCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException("response code must be 1-3 letters or digits, got " + quoted(value));
    }
    value = value.toUpperCase(Locale.ROOT); // ASCII letters and digits only (checked above)
  }

  /**
   * Parses a code such as {@code "05"} or {@code "a8"}.
   *
   * @param value 1-3 ASCII letters or digits, either case
   * @return the code, upper-cased
   * @throws IllegalArgumentException if it has another shape
   */
  public static ResponseCode of(String value) {
    return new ResponseCode(value);
  }

  /**
   * True when {@code value} would make a valid code.
   *
   * @param value any text
   * @return true for 1-3 ASCII letters or digits
   */
  public static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > 3) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  // Quotes short input only: a long value may be a pasted card number and is never echoed.
  static String quoted(String value) {
    return value.length() <= 3 ? '"' + value + '"' : "a value of " + value.length() + " characters";
  }

  // Written out: the index hashes a code on every diagnosis, and String caches its hash.
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseCode other && value.equals(other.value);
  }

  @Override
  public int compareTo(ResponseCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
