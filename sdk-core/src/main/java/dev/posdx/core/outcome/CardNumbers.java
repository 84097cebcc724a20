package dev.posdx.core.outcome;

/**
 * The one rule for what looks like a card number in text, and the one Luhn check. Every output
 * path (command-line output and reports, parser and load messages, {@code toString}, kit texts,
 * log lines) masks text through {@link #redact} before it leaves posdx.
 *
 * <p>A card number here is any run of {@value #MIN_DIGITS} or more digits, Luhn-valid or not, in
 * which digit groups may be separated by up to {@value #MAX_GAP} separator characters (spaces of
 * any kind including NBSP, tab, hyphens and dashes, dot, underscore, slash, backslash). The run
 * is found wherever it sits: glued to letters ({@code T4111111111111111}) or to more digits
 * ({@code 41111111111111112}). It is replaced by its first six digits, one {@code *} per hidden
 * digit and its last four; the separators inside it are dropped. A run longer than
 * {@value #MAX_DIGITS} digits is masked the same way, as it may hold a card number. An id that is
 * legitimately a long digit run (a 15-digit merchant id) is masked too: a false alarm costs less
 * than a leak.
 *
 * <p>Thread-safe; returns its argument without copying when there is nothing to mask.
 *
 * @since 0.1
 */
public final class CardNumbers {

  /** The shortest card number (ISO/IEC 7812). */
  public static final int MIN_DIGITS = 12;

  /** The longest card number (ISO/IEC 7812). */
  public static final int MAX_DIGITS = 19;

  /** Separator characters allowed between two digit groups of one number, as in {@code 4111 - 1111}. */
  static final int MAX_GAP = 3;

  private static final int SHOWN_FIRST = 6;
  private static final int SHOWN_LAST = 4;

  private CardNumbers() {}

  /**
   * The text with every run that could be a card number cut to its first six and last four digits.
   *
   * @param text any text: a message, a log line, an id
   * @return the masked text; the same string when there was nothing to mask
   */
  public static String redact(CharSequence text) {
    String s = text.toString();
    if (!enoughDigits(s)) {
      return s;
    }
    StringBuilder out = null;
    int copiedUpTo = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = runEnd(s, i);
      int digits = countDigits(s, i, end);
      if (digits >= MIN_DIGITS) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copiedUpTo, i);
        appendMasked(out, s, i, end, digits);
        copiedUpTo = end;
      }
      i = end;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copiedUpTo, n).toString();
  }

  /**
   * Whether {@link #redact} would change the text: it holds something that could be a card number.
   *
   * @param text any text
   * @return true when the text holds a run of digits that {@link #redact} would mask
   */
  public static boolean holdsCardNumber(CharSequence text) {
    String s = text.toString();
    if (!enoughDigits(s)) {
      return false;
    }
    int i = 0;
    while (i < s.length()) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = runEnd(s, i);
      if (countDigits(s, i, end) >= MIN_DIGITS) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /**
   * The Luhn (mod 10) check over the digits of {@code number}, other characters ignored. Passing
   * it does not make a number a card number, nor does failing it make it safe to show.
   *
   * @param number the digits, in any script, separators allowed
   * @return true when the check digit is right; true for text with no digits
   */
  public static boolean luhnValid(CharSequence number) {
    int sum = 0;
    boolean twice = false;
    for (int k = number.length() - 1; k >= 0; k--) {
      char c = number.charAt(k);
      if (!isDigit(c)) {
        continue;
      }
      int d = Character.digit(c, 10);
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** A decimal digit in any script: full-width and Arabic-Indic digits write card numbers too. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c > 0x7f && Character.isDigit(c));
  }

  /** A character people write between the digit groups of a card number. */
  static boolean isSeparator(char c) {
    return switch (c) {
      case ' ', '\t', '-', '.', '_', '/', '\\' -> true;
      default -> c > 0x7f && (Character.isSpaceChar(c) || Character.getType(c) == Character.DASH_PUNCTUATION);
    };
  }

  // One past the last digit of the run that starts at a digit: groups joined by short gaps.
  private static int runEnd(String s, int start) {
    int n = s.length();
    int lastDigitEnd = start;
    int j = start;
    while (j < n) {
      char c = s.charAt(j);
      if (isDigit(c)) {
        lastDigitEnd = ++j;
        continue;
      }
      int k = j;
      while (k < n && k - j < MAX_GAP && isSeparator(s.charAt(k))) {
        k++;
      }
      if (k == j || k == n || !isDigit(s.charAt(k))) {
        break;
      }
      j = k;
    }
    return lastDigitEnd;
  }

  private static int countDigits(String s, int start, int end) {
    int digits = 0;
    for (int k = start; k < end; k++) {
      if (isDigit(s.charAt(k))) {
        digits++;
      }
    }
    return digits;
  }

  // Cheap pre-check: text with fewer digits in all than the shortest card number holds none.
  private static boolean enoughDigits(String s) {
    if (s.length() < MIN_DIGITS) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i)) && ++digits >= MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }

  private static void appendMasked(StringBuilder out, String s, int start, int end, int digits) {
    int seen = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        continue;
      }
      seen++;
      if (seen <= SHOWN_FIRST || seen > digits - SHOWN_LAST) {
        out.append(c);
      } else {
        out.append('*');
      }
    }
  }
}
