package dev.posdx.i18n.display;

/**
 * How many columns text takes on a fixed-pitch display or printer: East Asian Wide and Fullwidth
 * characters take two, combining marks and format characters none, everything else one
 * (East Asian Ambiguous counts as narrow, as on the Latin-first LCDs most terminals carry).
 *
 * <p>The ranges are generated from the Unicode Character Database ({@code EastAsianWidth.txt}
 * and the general categories) by {@code sdk-i18n/tools/width_table.py}; see {@link
 * #unicodeVersion()}.
 *
 * @since 0.1
 */
public final class ColumnWidth {

  private ColumnWidth() {}

  /**
   * The columns one code point takes: 0, 1 or 2. Control characters take 0.
   *
   * @param codePoint a Unicode code point
   * @return 2 for an East Asian wide or full-width character, 0 for a control or combining one,
   *     else 1
   */
  public static int of(int codePoint) {
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
      return 0;
    }
    if (codePoint < 0x300) {
      // Latin-1 and Latin Extended hold no marks and no wide characters: skip the search.
      return 1;
    }
    if (in(WidthTable.ZERO, codePoint)) {
      return 0;
    }
    return in(WidthTable.WIDE, codePoint) ? 2 : 1;
  }

  /**
   * The columns a text takes on one line.
   *
   * @param text the text
   * @return the sum of its code points' widths
   */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@return the Unicode version of the width table} */
  public static String unicodeVersion() {
    return WidthTable.UNICODE_VERSION;
  }

  // Binary search over inclusive [start, end] pairs sorted by start.
  private static boolean in(int[] ranges, int codePoint) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (codePoint < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (codePoint > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
