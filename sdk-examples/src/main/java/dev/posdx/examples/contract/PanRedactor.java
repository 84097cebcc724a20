package dev.posdx.examples.contract;

/**
 * The last line of defence for card numbers in everything the command line writes: any run of
 * 13–19 digits (spaces or single hyphens between them allowed) that passes the Luhn check is cut
 * to its first six and last four digits, and any longer run of digits keeps only those too.
 *
 * <p>The core masks the {@code pan} field the moment it enters; this catches a card number pasted
 * into another field (a store id, a field name, a wrong value echoed by an error message). A
 * merchant id of 13–19 digits that happens to pass the Luhn check is masked as well: a false alarm
 * costs less than a leak. Thread-safe and allocation-free when there is nothing to mask.
 */
public final class PanRedactor {

  static final int MIN_PAN = 13;
  static final int MAX_PAN = 19;

  private PanRedactor() {}

  /** The text with every card-number-like run of digits masked. */
  public static String redact(String text) {
    if (!mayHoldPan(text)) {
      return text;
    }
    StringBuilder out = null;
    int copiedUpTo = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      // A run: digits, each gap at most one space or hyphen.
      int start = i;
      int end = i;
      int digits = 0;
      int j = i;
      while (j < n) {
        char c = text.charAt(j);
        if (isDigit(c)) {
          digits++;
          end = j + 1;
          j++;
        } else if ((c == ' ' || c == '-') && j + 1 < n && isDigit(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (digits >= MIN_PAN && (digits > MAX_PAN || luhnValid(text, start, end))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copiedUpTo, start);
        appendMasked(out, text, start, end, digits);
        copiedUpTo = end;
      }
      i = end;
    }
    if (out == null) {
      return text;
    }
    out.append(text, copiedUpTo, n);
    return out.toString();
  }

  /** Whether {@link #redact} would change the text. */
  public static boolean holdsPan(String text) {
    return !redact(text).equals(text);
  }

  // Cheap pre-check: fewer than 13 digits in all cannot hold a card number.
  private static boolean mayHoldPan(String text) {
    if (text.length() < MIN_PAN) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i)) && ++digits >= MIN_PAN) {
        return true;
      }
    }
    return false;
  }

  private static void appendMasked(StringBuilder out, String text, int start, int end, int digits) {
    int seen = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!isDigit(c)) {
        continue;
      }
      seen++;
      out.append(seen <= 6 || seen > digits - 4 ? c : '*');
    }
  }

  private static boolean luhnValid(String text, int start, int end) {
    int sum = 0;
    boolean twice = false;
    for (int k = end - 1; k >= start; k--) {
      char c = text.charAt(k);
      if (!isDigit(c)) {
        continue;
      }
      int d = c - '0';
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

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
