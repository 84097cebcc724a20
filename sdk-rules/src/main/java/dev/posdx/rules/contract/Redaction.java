package dev.posdx.rules.contract;

/**
 * How posdx quotes input in an error message so that a card number pasted into any field never
 * leaks: a value is echoed only when it is short and holds at most four digits; otherwise only its
 * length is named. Text from a parser (which may quote the input) is scrubbed of digit runs.
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
   * Replaces each run of digits (with the spaces, hyphens and dots a card number may be written
   * with) holding more than four digits by {@code <N digits>}, for parser messages that quote
   * the input.
   */
  public static String scrub(String message) {
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

  /** A run of this many digits could be a card number (the shortest PAN has 12). */
  static final int CARD_LIKE_DIGITS = 12;

  /**
   * For data that is not card data (a pack's ids, dates, texts): {@code "value"} in quotes unless
   * it is long or holds a run of twelve or more digits (spaces and hyphens aside) that could be a
   * card number.
   */
  public static String quoteData(String value) {
    boolean safe = value.length() <= 2 * MAX_ECHOED_LENGTH && longestDigitRun(value) < CARD_LIKE_DIGITS
        && value.chars().noneMatch(Character::isISOControl);
    return safe ? '"' + value + '"' : "a value of " + value.length() + " characters";
  }

  /** Replaces each run of twelve or more digits (spaces and hyphens aside) by {@code <N digits>}. */
  public static String scrubCardNumbers(String message) {
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
      while (end < message.length() && (Character.isDigit(message.charAt(end)) || isCardSeparator(message.charAt(end)))) {
        if (Character.isDigit(message.charAt(end))) {
          digits++;
          lastDigitEnd = end + 1;
        }
        end++;
      }
      if (digits >= CARD_LIKE_DIGITS) {
        out.append('<').append(digits).append(" digits>");
      } else {
        out.append(message, i, lastDigitEnd);
      }
      i = lastDigitEnd;
    }
    return out.toString();
  }

  private static int longestDigitRun(String value) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        longest = Math.max(longest, ++run);
      } else if (!isCardSeparator(c)) {
        run = 0;
      }
    }
    return longest;
  }

  private static boolean isCardSeparator(char c) {
    return c == ' ' || c == '-';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '_' || c == '/' || c == ':';
  }
}
