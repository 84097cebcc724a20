package dev.posdx.i18n.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.posdx.i18n.display.ColumnWidth;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Wraps text into lines of at most a given number of columns. Lines break at spaces and between
 * East Asian wide characters (Chinese and Japanese have no spaces), but Korean, which spaces its
 * words, breaks only at spaces, and Thai, which does not, breaks at the word boundaries of the
 * platform's Thai dictionary ({@link BreakIterator}); a line never starts with
 * closing punctuation ({@code ，。！？）」} and ASCII {@code ,.!?)} among others) and never ends
 * with opening punctuation ({@code （「(}). A word wider than a line is split between characters,
 * never between a character and its combining marks. Text is never dropped or altered other than
 * the spaces at a break.
 *
 * @since 0.1
 */
public final class LineBreaker {

  private static final String CLOSING =
      ",.!?;:)]}%"
          + "\u3001\u3002\uFF0C\uFF0E\uFF01\uFF1F\uFF1B\uFF1A\uFF09\uFF3D\uFF5D"
          + "\u300D\u300F\u3011\u3015\u3009\u300B\u3017\u3019\u301F"
          + "\u2019\u201D\u2026\u30FC\u30FB\u00BB\u203A\u061F\u060C\u061B";
  private static final String OPENING =
      "([{" + "\uFF08\uFF3B\uFF5B\u300C\u300E\u3010\u3014\u3008\u300A\u3016\u3018\u301D"
          + "\u2018\u201C\u00AB\u2039";

  private LineBreaker() {}

  /** Whether a line may not start with this code point. */
  public static boolean isClosingPunctuation(int codePoint) {
    return CLOSING.indexOf(codePoint) >= 0;
  }

  /** Whether a line may not end with this code point. */
  public static boolean isOpeningPunctuation(int codePoint) {
    return OPENING.indexOf(codePoint) >= 0;
  }

  /**
   * The lines of {@code text} wrapped to {@code columns}. Explicit line breaks ({@code \n}) are
   * kept. Every line is at most {@code columns} wide, unless a single character is wider.
   */
  public static List<String> wrap(String text, int columns) {
    checkArgument(columns >= 2, "columns must be at least 2, got %s", columns);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (String paragraph : text.split("\n", -1)) {
      wrapParagraph(paragraph, columns, lines);
    }
    return lines.build();
  }

  /** A piece that must not be split at a break: a word, or one wide character. */
  private record Unit(String text, boolean spaceBefore) {
    Unit glue(String more) {
      return new Unit(text + more, spaceBefore);
    }
  }

  private static void wrapParagraph(String paragraph, int columns, ImmutableList.Builder<String> out) {
    List<Unit> units = units(paragraph);
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    boolean any = false;
    for (Unit unit : units) {
      int unitWidth = ColumnWidth.of(unit.text());
      boolean lineHasText = line.length() > 0;
      int joined = lineWidth + (lineHasText && unit.spaceBefore() ? 1 : 0) + unitWidth;
      if (lineHasText && joined <= columns) {
        if (unit.spaceBefore()) {
          line.append(' ');
        }
        line.append(unit.text());
        lineWidth = joined;
        continue;
      }
      if (lineHasText) {
        out.add(line.toString());
        any = true;
        line.setLength(0);
        lineWidth = 0;
      }
      if (unitWidth <= columns) {
        line.append(unit.text());
        lineWidth = unitWidth;
      } else {
        List<String> pieces = split(unit.text(), columns);
        for (int i = 0; i < pieces.size() - 1; i++) {
          out.add(pieces.get(i));
          any = true;
        }
        String last = pieces.get(pieces.size() - 1);
        line.append(last);
        lineWidth = ColumnWidth.of(last);
      }
    }
    if (line.length() > 0 || !any) {
      out.add(line.toString());
    }
  }

  // Words, single wide characters, closing punctuation glued to what precedes it, opening
  // punctuation glued to what follows it, marks glued to their base.
  private static List<Unit> units(String paragraph) {
    List<Unit> units = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean wordSpaceBefore = false;
    boolean pendingSpace = false;
    StringBuilder opening = new StringBuilder();
    boolean openingSpaceBefore = false;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      if (isBreakingSpace(cp)) {
        flush(units, word, wordSpaceBefore);
        pendingSpace = true;
      } else if (isClosingPunctuation(cp) || ColumnWidth.of(cp) == 0) {
        String glued = (pendingSpace ? " " : "") + ch;
        if (word.length() > 0) {
          word.append(ch);
        } else if (opening.length() > 0) {
          word.append(opening).append(ch);
          wordSpaceBefore = openingSpaceBefore;
          opening.setLength(0);
        } else if (!units.isEmpty()) {
          units.set(units.size() - 1, units.get(units.size() - 1).glue(glued));
        } else {
          word.append(ch);
          wordSpaceBefore = false;
        }
        pendingSpace = false;
      } else if (isOpeningPunctuation(cp) && (word.length() == 0 || ColumnWidth.of(cp) == 2)) {
        flush(units, word, wordSpaceBefore);
        if (opening.length() == 0) {
          openingSpaceBefore = pendingSpace;
        }
        opening.append(ch);
        pendingSpace = false;
      } else if (ColumnWidth.of(cp) == 2 && !isHangul(cp)) {
        flush(units, word, wordSpaceBefore);
        boolean space = opening.length() == 0 ? pendingSpace : openingSpaceBefore;
        units.add(new Unit(opening + ch, space && !units.isEmpty()));
        opening.setLength(0);
        pendingSpace = false;
      } else {
        if (word.length() == 0) {
          wordSpaceBefore = opening.length() == 0 ? pendingSpace : openingSpaceBefore;
          word.append(opening);
          opening.setLength(0);
        }
        word.append(ch);
        pendingSpace = false;
      }
    }
    if (opening.length() > 0) {
      if (word.length() == 0) {
        wordSpaceBefore = openingSpaceBefore;
      }
      word.append(opening);
    }
    flush(units, word, wordSpaceBefore);
    return splitThaiWords(units);
  }

  // Hangul is wide but Korean separates words with spaces: a syllable is part of a word.
  private static boolean isHangul(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  private static final Locale THAI = new Locale("th");

  // Thai writes words without spaces: a unit holding Thai is cut at dictionary word boundaries
  // into pieces that join with no space, so a line breaks between words, not inside one.
  private static List<Unit> splitThaiWords(List<Unit> units) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit unit : units) {
      if (!hasThai(unit.text())) {
        out.add(unit);
        continue;
      }
      BreakIterator words = BreakIterator.getLineInstance(THAI);
      words.setText(unit.text());
      int start = words.first();
      boolean first = true;
      for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
        String piece = unit.text().substring(start, end);
        if (piece.isEmpty()) {
          continue;
        }
        int lead = piece.codePointAt(0);
        boolean mayStartLine = !isClosingPunctuation(lead) && ColumnWidth.of(lead) != 0;
        @Nullable Unit previous = first ? null : out.get(out.size() - 1);
        boolean previousOpens = previous != null && isOpeningPunctuation(previous.text().codePointBefore(previous.text().length()));
        if (previous != null && (!mayStartLine || previousOpens)) {
          // The dictionary allows this break, but the punctuation rules do not.
          out.set(out.size() - 1, previous.glue(piece));
        } else {
          out.add(new Unit(piece, first && unit.spaceBefore()));
          first = false;
        }
      }
    }
    return out;
  }

  private static boolean hasThai(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI);
  }

  // No-break spaces (U+00A0, U+202F before French ? and !, U+2007) hold their neighbours together.
  private static boolean isBreakingSpace(int cp) {
    return cp != 0x00A0 && cp != 0x202F && cp != 0x2007 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  private static void flush(List<Unit> units, StringBuilder word, boolean spaceBefore) {
    if (word.length() > 0) {
      units.add(new Unit(word.toString(), spaceBefore && !units.isEmpty()));
      word.setLength(0);
    }
  }

  // Splits an over-long unit between characters, keeping marks with their base and never putting
  // closing punctuation first on a piece.
  private static List<String> split(String text, int columns) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      // The cluster: this code point and the marks that follow it.
      int end = i + n;
      while (end < text.length() && ColumnWidth.of(text.codePointAt(end)) == 0) {
        end += Character.charCount(text.codePointAt(end));
      }
      String cluster = text.substring(i, end);
      int w = ColumnWidth.of(cluster);
      if (width + w > columns && width > 0 && !isClosingPunctuation(cp)) {
        pieces.add(piece.toString());
        piece.setLength(0);
        width = 0;
      } else if (width + w > columns && width > 0) {
        // Closing punctuation may not start a line: carry the character before it over too.
        int cut = lastBreakableStart(piece);
        if (cut > 0) {
          String carried = piece.substring(cut);
          pieces.add(piece.substring(0, cut).stripTrailing());
          piece.setLength(0);
          piece.append(carried);
          width = ColumnWidth.of(carried);
        } else {
          // The punctuation and the character before it are wider than a line: nothing can honour both rules.
          pieces.add(piece.toString());
          piece.setLength(0);
          width = 0;
        }
      }
      piece.append(cluster);
      width += w;
      i = end;
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  // The start of the last character that may begin a line (not a mark, a space or closing punctuation).
  private static int lastBreakableStart(CharSequence s) {
    int i = s.length();
    while (i > 0) {
      int cp = Character.codePointBefore(s, i);
      i -= Character.charCount(cp);
      if (ColumnWidth.of(cp) != 0 && !isClosingPunctuation(cp) && !Character.isWhitespace(cp)) {
        return i;
      }
    }
    return 0;
  }
}
