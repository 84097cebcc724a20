package dev.posdx.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.Random;

/**
 * Card numbers in every written form issue 10 names, and a leak check that does not use the code
 * under test: an output leaks a number when it shows eight of its digits in a row, separators
 * ignored (a masked number shows six, then stars, then four). Eight, not seven: ordinary text
 * such as {@code iso8583 1987.1} or an SVG {@code viewBox="0 0 800 48"} reads as seven or more
 * digits once separators are ignored, and would match a window of some number by chance.
 */
final class CardNumberForms {

  /** Plain, grouped by space, NBSP, hyphen, dot, underscore or slash, glued to digits or letters, Luhn-valid, mixed gaps, odd groups. */
  static final int FORMS = 13;

  /** The forms a merchant-side id accepts (letters, digits, '.', '_', '-'). */
  static final int[] ID_FORMS = {0, 3, 4, 5, 7, 8, 9, 10};

  private static final String SEPARATORS = " \u00a0-._/";

  private final Random random;

  CardNumberForms(long seed) {
    this.random = new Random(seed);
  }

  /** 12 to 19 random digits: Luhn-valid about one time in ten, like typos and test data. */
  String pan() {
    return digits(12 + random.nextInt(8));
  }

  /** {@code pan} written in a random form. */
  String write(String pan) {
    return write(pan, random.nextInt(FORMS));
  }

  /** {@code pan} written in a random form a merchant or terminal id accepts. */
  String writeAsId(String pan) {
    return write(pan, ID_FORMS[random.nextInt(ID_FORMS.length)]);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  String write(String pan, int form) {
    return switch (form) {
      case 0 -> pan;
      case 1, 2, 3, 4, 5, 6 -> grouped(pan, 4, SEPARATORS.charAt(form - 1));
      case 7 -> digits(1 + random.nextInt(3)) + pan;
      case 8 -> pan + digits(1 + random.nextInt(3));
      case 9 -> "T" + pan + "X";
      case 10 -> withCheckDigit(pan);
      case 11 -> mixed(pan);
      default -> grouped(pan, 3 + random.nextInt(4), ' ');
    };
  }

  /**
   * What no output may show: every run of {@code width} consecutive digits of each number, sorted.
   * An output leaks when, separators ignored, it holds one of them (a masked number shows six).
   */
  static long[] windows(Collection<String> pans, int width) {
    long[] windows = new long[pans.stream().mapToInt(p -> Math.max(0, p.length() - width + 1)).sum()];
    int n = 0;
    for (String pan : pans) {
      for (int k = 0; k + width <= pan.length(); k++) {
        windows[n++] = Long.parseLong(pan.substring(k, k + width));
      }
    }
    Arrays.sort(windows);
    return windows;
  }

  /** True when {@code output}, separators ignored, shows one of the {@code width}-digit {@code windows}. */
  static boolean leaks(String output, long[] windows, int width) {
    String stripped = stripSeparators(output);
    int i = 0;
    while (i < stripped.length()) {
      if (!isDigit(stripped.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < stripped.length() && isDigit(stripped.charAt(i))) {
        i++;
      }
      for (int k = start; k + width <= i; k++) {
        if (Arrays.binarySearch(windows, Long.parseLong(stripped.substring(k, k + width))) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String stripSeparators(String output) {
    StringBuilder stripped = new StringBuilder(output.length());
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (SEPARATORS.indexOf(c) < 0) {
        stripped.append(c);
      }
    }
    return stripped.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String grouped(String pan, int size, char separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pan.length(); i += size) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(pan, i, Math.min(pan.length(), i + size));
    }
    return out.toString();
  }

  private String mixed(String pan) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pan.length(); i++) {
      if (i > 0 && random.nextInt(3) == 0) {
        for (int gap = 1 + random.nextInt(3); gap > 0; gap--) {
          out.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
        }
      }
      out.append(pan.charAt(i));
    }
    return out.toString();
  }

  private String digits(int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  // The same digits with the last one replaced by the Luhn check digit.
  private static String withCheckDigit(String pan) {
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
