package dev.posdx.i18n;

import dev.posdx.i18n.internal.Template;
import java.util.Locale;

/**
 * The accented pseudo-locale {@code en-XA} (the name Android uses): every ASCII letter gets an
 * accent and the text grows by 40%, so a layout that only works for English shows up before a
 * translator is paid. Placeholders are kept as they are.
 *
 * @since 0.1
 */
public final class PseudoLocalization {

  /** The pseudo-locale's tag. */
  public static final Locale LOCALE = Locale.forLanguageTag("en-XA");

  /** How much longer pseudo text is than its source. */
  public static final double EXPANSION = 0.4;

  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "áƀćđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýžÁƁĆĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚṼŴẊÝŽ";

  private PseudoLocalization() {}

  /**
   * The pseudo-localized text: accented, at least 40% longer, placeholders untouched.
   *
   * @param text a message template
   * @return the pseudo-localized template
   */
  public static String transform(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3 / 2 + 4);
    int letters = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        int end = text.indexOf('}', i);
        if (end > 0 && Template.PLACEHOLDER.matcher(text.substring(i, end + 1)).matches()) {
          out.append(text, i, end + 1);
          i = end + 1;
          continue;
        }
      }
      int at = PLAIN.indexOf(c);
      out.append(at >= 0 ? ACCENTED.charAt(at) : c);
      if (at >= 0) {
        letters++;
      }
      i++;
    }
    int grow = (int) Math.ceil(text.length() * EXPANSION);
    // Padding as separate words so that line breaking can still work, as real text would.
    StringBuilder pad = new StringBuilder();
    while (pad.length() < grow) {
      pad.append(pad.length() == 0 ? " " : (pad.length() % 6 == 0 ? " " : "ẋ"));
    }
    return letters == 0 && text.isBlank() ? text : out.append(pad).toString();
  }
}
