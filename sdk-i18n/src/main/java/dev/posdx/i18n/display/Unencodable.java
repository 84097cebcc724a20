package dev.posdx.i18n.display;

/**
 * A character a display's charset cannot show.
 *
 * @param codePoint the character
 * @param line the line it is on, from 0
 * @param column its column on that line, from 0
 * @param charset the charset that cannot encode it
 * @since 0.1
 */
public record Unencodable(int codePoint, int line, int column, String charset) {

  @Override
  public String toString() {
    return String.format(
        "U+%04X '%s' at line %d column %d cannot be encoded in %s",
        codePoint, new String(Character.toChars(codePoint)), line + 1, column + 1, charset);
  }
}
