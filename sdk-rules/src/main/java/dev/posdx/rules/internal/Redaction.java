package dev.posdx.rules.internal;

import dev.posdx.core.outcome.CardNumbers;

/**
 * How posdx quotes input in an error message so that a card number pasted into any field never
 * leaks: a value is echoed only when it is short and holds at most four digits; otherwise only its
 * length is named. What counts as a card number is the core's one rule, {@link CardNumbers}; the
 * echo policy here is stricter on top of it.
 *
 * @since 0.1
 */
public final class Redaction {

  /** More digits than this in a value and it is not echoed: it could be part of a card number. */
  static final int MAX_ECHOED_DIGITS = 4;

  static final int MAX_ECHOED_LENGTH = 40;

  private Redaction() {}

  /** {@code "value"} in quotes when it is safe to show, else {@code a value of N characters}. */
  public static String quote(String value) {
    return isSafe(value) ? '"' + value + '"' : "a value of " + value.length() + " characters";
  }

  /** True when {@code value} may appear in an error message as it is. */
  public static boolean isSafe(String value) {
    if (value.length() > MAX_ECHOED_LENGTH) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c) && ++digits > MAX_ECHOED_DIGITS) {
        return false;
      }
      if (Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks card numbers ({@link CardNumbers}), then replaces each remaining run of digits (with
   * the spaces, hyphens and dots a number may be written with) holding more than four digits by
   * {@code <N digits>}, for messages of other code that may quote the input.
   */
  public static String scrub(String raw) {
    // Card numbers first, by the one rule (it also sees groups split by several separators).
    String message = CardNumbers.redact(raw);
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      if (!Character.isDigit(message.charAt(i))) {
        out.append(message.charAt(i++));
        continue;
      }
      int end = i;
      int digits = 0;
      int lastDigitEnd = i;
      while (end < message.length() && (Character.isDigit(message.charAt(end)) || isSeparator(message.charAt(end)))) {
        if (Character.isDigit(message.charAt(end))) {
          digits++;
          lastDigitEnd = end + 1;
        }
        end++;
      }
      if (digits > MAX_ECHOED_DIGITS) {
        out.append('<').append(digits).append(" digits>");
      } else {
        out.append(message, i, lastDigitEnd);
      }
      i = lastDigitEnd;
    }
    return out.toString();
  }

  /**
   * For data that is not card data (a pack's ids, dates, texts): {@code "value"} in quotes unless
   * it is long, holds a control character or holds something the core's one rule ({@link
   * CardNumbers}) takes for a card number.
   */
  public static String quoteData(String value) {
    boolean safe = value.length() <= 2 * MAX_ECHOED_LENGTH && !CardNumbers.holdsCardNumber(value)
        && value.chars().noneMatch(Character::isISOControl);
    return safe ? '"' + value + '"' : "a value of " + value.length() + " characters";
  }

  /** The message with every possible card number masked by the core's one rule ({@link CardNumbers}). */
  public static String scrubCardNumbers(String message) {
    return CardNumbers.redact(message);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '_' || c == '/' || c == ':';
  }
}
