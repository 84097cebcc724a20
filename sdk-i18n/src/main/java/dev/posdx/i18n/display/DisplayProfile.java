package dev.posdx.i18n.display;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.posdx.i18n.internal.LineBreaker;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A display or printer that guidance is laid out for: how many columns a line has, how many
 * rows there are (none for a receipt, which grows), and the charset it can show, when it is
 * limited. Immutable.
 *
 * @param name a short id such as {@code lcd-16x2}
 * @param columns columns per line; an East Asian wide character takes two
 * @param rows the rows available, empty when the text may take as many as it needs
 * @param charset the only characters the device can show, empty for full Unicode
 * @since 0.1
 */
public record DisplayProfile(String name, int columns, OptionalInt rows, Optional<Charset> charset) {

  /** A two-line character LCD of 16 columns, the most common payment-terminal display. */
  public static final DisplayProfile LCD_16X2 = new DisplayProfile("lcd-16x2", 16, OptionalInt.of(2), Optional.empty());

  /** A four-line character LCD of 20 columns. */
  public static final DisplayProfile LCD_20X4 = new DisplayProfile("lcd-20x4", 20, OptionalInt.of(4), Optional.empty());

  /** A 58 mm receipt printer: 32 columns, as many lines as needed. */
  public static final DisplayProfile RECEIPT_32 = new DisplayProfile("receipt-32", 32, OptionalInt.empty(), Optional.empty());

  /** An 80 mm receipt printer: 48 columns, as many lines as needed. */
  public static final DisplayProfile RECEIPT_48 = new DisplayProfile("receipt-48", 48, OptionalInt.empty(), Optional.empty());

  /** A graphic screen (Android terminal, desktop POS): wrapped at 40 columns, no row limit. */
  public static final DisplayProfile GRAPHIC = new DisplayProfile("graphic", 40, OptionalInt.empty(), Optional.empty());

  /** The built-in profiles. */
  public static final List<DisplayProfile> BUILT_IN = ImmutableList.of(LCD_16X2, LCD_20X4, RECEIPT_32, RECEIPT_48, GRAPHIC);

  /**
   * @param name a short lower-case id such as {@code lcd-16x2}
   * @param columns columns per line, 8-400
   * @param rows the rows available, 1-100; empty for no limit
   * @param charset the only characters the device can show; empty for full Unicode
   * @throws IllegalArgumentException if a value is out of range
   */
  public DisplayProfile {
    checkArgument(name.matches("[a-z0-9][a-z0-9-]{0,31}"), "profile name must be a short lower-case id, got \"%s\"", name);
    checkArgument(columns >= 8 && columns <= 400, "columns must be 8 to 400, got %s", columns);
    rows.ifPresent(r -> checkArgument(r >= 1 && r <= 100, "rows must be 1 to 100, got %s", r));
  }

  /**
   * The same profile limited to a charset, such as GB18030 for a Chinese receipt printer.
   *
   * @param charset the charset the device prints
   * @return a profile named after both, such as {@code receipt-32-gb18030}
   * @throws IllegalArgumentException if the charset cannot encode
   */
  public DisplayProfile withCharset(Charset charset) {
    checkArgument(charset.canEncode(), "charset %s cannot encode", charset.name());
    return new DisplayProfile(name + "-" + charset.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""),
        columns, rows, Optional.of(charset));
  }

  /**
   * Lays out the longest of {@code formsLongestFirst} that fits: wrapped to the columns, within
   * the rows, every character encodable. When none fits, the shortest form is returned whole with
   * {@link DisplayText#fits()} false; characters that cannot be encoded are reported, never
   * replaced.
   *
   * @param formsLongestFirst the forms of one text, longest first; at least one
   * @return the laid-out text and which form was chosen
   * @throws IllegalArgumentException if no form is given
   */
  public DisplayText layout(List<String> formsLongestFirst) {
    checkArgument(!formsLongestFirst.isEmpty(), "at least one form is needed");
    DisplayText fallback = null;
    for (int i = 0; i < formsLongestFirst.size(); i++) {
      List<String> lines = LineBreaker.wrap(formsLongestFirst.get(i), columns);
      boolean fits = rows.isEmpty() || lines.size() <= rows.getAsInt();
      List<Unencodable> unencodable = unencodable(lines);
      DisplayText text = new DisplayText(lines, i, fits, unencodable);
      if (text.isShowable()) {
        return text;
      }
      // Prefer a form that fits but cannot be encoded over one that does not fit at all.
      if (fallback == null || (fits && !fallback.fits()) || (!fallback.fits() && !fits)) {
        fallback = text;
      }
    }
    // Set on the first pass: formsLongestFirst is not empty.
    return checkNotNull(fallback);
  }

  /**
   * Lays out one text.
   *
   * @param text the text
   * @return the text wrapped to the columns; {@link DisplayText#fits()} false when it needs more
   *     rows than the profile has
   */
  public DisplayText layout(String text) {
    return layout(ImmutableList.of(text));
  }

  /**
   * Every character of {@code lines} this profile's charset cannot encode.
   *
   * @param lines the lines to check
   * @return each such character with its position; empty when the profile has no charset
   */
  public List<Unencodable> unencodable(List<String> lines) {
    if (charset.isEmpty()) {
      return ImmutableList.of();
    }
    CharsetEncoder encoder = charset.get().newEncoder();
    ImmutableList.Builder<Unencodable> found = ImmutableList.builder();
    for (int line = 0; line < lines.size(); line++) {
      String s = lines.get(line);
      int column = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        if (!encoder.canEncode(CharBuffer.wrap(s, i, i + n))) {
          found.add(new Unencodable(cp, line, column, charset.get().name()));
        }
        column += ColumnWidth.of(cp);
        i += n;
      }
    }
    return found.build();
  }
}
