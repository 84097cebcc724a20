package dev.posdx.core.outcome;

import java.util.Random;

/** Card numbers as people and systems write them, and a leak check that does not use the code under test. */
final class PanForms {

  static final int FORMS = 13;

  private static final String SEPARATORS = " \u00a0-._/";

  private PanForms() {}

  /** 12 to 19 random digits: Luhn-valid about one time in ten, like typos and test data. */
  static String pan(Random r) {
    int length = 12 + r.nextInt(8);
    StringBuilder pan = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      pan.append((char) ('0' + r.nextInt(10)));
    }
    return pan.toString();
  }

  /** The number written in form {@code form} (0 to {@link #FORMS} - 1). */
  static String write(String pan, int form, Random r) {
    return switch (form) {
      case 0 -> pan;
      case 1, 2, 3, 4, 5, 6 -> grouped(pan, 4, String.valueOf(SEPARATORS.charAt(form - 1)));
      case 7 -> digits(r, 1 + r.nextInt(3)) + pan;
      case 8 -> pan + digits(r, 1 + r.nextInt(3));
      case 9 -> "T" + pan + "X";
      case 10 -> withCheckDigit(pan);
      case 11 -> mixed(pan, r);
      default -> grouped(pan, 3 + r.nextInt(4), " ");
    };
  }

  /** Letters and punctuation (no digits) to put around a number. */
  static String context(Random r) {
    String[] pieces = {"", " ", "id=", "card ", "\"", "store-", ": ", "(", ") ", "号", "abc", "\n"};
    return pieces[r.nextInt(pieces.length)];
  }

  /**
   * True when {@code output} shows seven or more digits of {@code pan} in a row, separators
   * ignored: more than the first six, or a stretch of the middle.
   */
  static boolean leaks(String output, String pan) {
    StringBuilder stripped = new StringBuilder(output.length());
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (SEPARATORS.indexOf(c) < 0 && c != '\t' && c != '\\') {
        stripped.append(c);
      }
    }
    int i = 0;
    while (i < stripped.length()) {
      int start = i;
      while (i < stripped.length() && stripped.charAt(i) >= '0' && stripped.charAt(i) <= '9') {
        i++;
      }
      if (i - start >= 7) {
        String run = stripped.substring(start, i);
        for (int k = 0; k + 7 <= pan.length(); k++) {
          if (run.contains(pan.substring(k, k + 7))) {
            return true;
          }
        }
      }
      i = Math.max(i, start + 1);
    }
    return false;
  }

  private static String grouped(String pan, int size, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pan.length(); i += size) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(pan, i, Math.min(pan.length(), i + size));
    }
    return out.toString();
  }

  private static String mixed(String pan, Random r) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pan.length(); i++) {
      if (i > 0 && r.nextInt(3) == 0) {
        for (int gap = 1 + r.nextInt(3); gap > 0; gap--) {
          out.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
        }
      }
      out.append(pan.charAt(i));
    }
    return out.toString();
  }

  private static String digits(Random r, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + r.nextInt(10)));
    }
    return out.toString();
  }

  /** The same digits with the last one replaced by the Luhn check digit, computed here from the definition. */
  static String withCheckDigit(String pan) {
    String body = pan.substring(0, pan.length() - 1);
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int d = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return body + (char) ('0' + (10 - sum % 10) % 10);
  }
}
