package dev.posdx.i18n.internal;

import com.google.common.collect.ImmutableList;
import dev.posdx.i18n.BundleException;
import dev.posdx.i18n.BundleProblem;
import dev.posdx.i18n.Message;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code .properties} bundle as strict UTF-8. Unlike {@link java.util.Properties} and
 * {@link java.util.ResourceBundle}, which fall back to Latin-1 or replace bad bytes, a byte
 * sequence that is not UTF-8 fails with the file, line and column; so does a duplicate key or a
 * broken {@code \u005Cu} escape. The syntax is otherwise that of {@code Properties}: {@code #} and
 * {@code !} comments, {@code =}, {@code :} or whitespace between key and value, a trailing
 * backslash to continue a line, the escapes {@code \t \n \r \f \\ \u005CuXXXX}.
 */
public final class BundleReader {

  private BundleReader() {}

  /**
   * The messages of one bundle, in file order.
   *
   * @throws BundleException naming the source, line and problem
   */
  public static Map<String, Message> read(String source, byte[] bytes) {
    Map<String, Message> plain = readPlainBytes(source, bytes);
    if (plain != null) {
      return plain;
    }
    String text = decode(source, bytes);
    List<BundleProblem> problems = new ArrayList<>();
    Map<String, Message> messages = new LinkedHashMap<>();
    if (text.indexOf('\\') < 0 && text.indexOf('\r') < 0) {
      // No escape, no continuation and one line break: each line is an entry as written. The
      // shipped bundles are such files, and reading them is part of a terminal's start-up.
      readPlain(source, text, messages, problems);
    } else {
      readEscaped(source, text, messages, problems);
    }
    if (!problems.isEmpty()) {
      throw new BundleException(problems);
    }
    return messages;
  }

  /**
   * The shipped bundles' form, read from the bytes: no escape, no {@code \r}, and every entry a
   * {@code key=value} line whose key starts the line and is printable ASCII without {@code :}.
   * Keys are found with indexOf over the bytes seen as Latin-1 (a copy, not a decoding) and
   * checked byte by byte; only values and comments are decoded, each on its own. Null when the
   * file is not of this form or holds U+FFFD (a bad byte, or the character itself): then it is
   * read as text, as any file is, which gives the same messages or names the fault.
   */
  private static @Nullable Map<String, Message> readPlainBytes(String source, byte[] bytes) {
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    if (latin1.indexOf('\\') >= 0 || latin1.indexOf('\r') >= 0) {
      return null;
    }
    List<BundleProblem> problems = new ArrayList<>();
    Map<String, Message> messages = new LinkedHashMap<>();
    int start = latin1.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // a byte order mark, as decode drops it
    int line = 0;
    while (start <= bytes.length) {
      int end = latin1.indexOf('\n', start);
      if (end < 0) {
        end = bytes.length;
      }
      line++;
      if (start < end) {
        byte first = bytes[start];
        if (first == '#' || first == '!') {
          if (!asciiOnly(bytes, start, end) && new String(bytes, start, end - start, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0) {
            return null;
          }
        } else {
          int eq = latin1.indexOf('=', start);
          if (eq < 0 || eq > end || !plainKey(bytes, start, eq)) {
            return null;
          }
          int value = eq + 1;
          while (value < end && isBlank((char) bytes[value])) {
            value++;
          }
          String text = new String(bytes, value, end - value, StandardCharsets.UTF_8);
          if (text.indexOf('\uFFFD') >= 0) {
            return null;
          }
          add(source, line, latin1.substring(start, eq), text, messages, problems);
        }
      }
      start = end + 1;
    }
    if (!problems.isEmpty()) {
      throw new BundleException(problems);
    }
    return messages;
  }

  // A key as the shipped bundles write them: printable ASCII without ':' (a negative byte is not ASCII).
  private static boolean plainKey(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b <= ' ' || b == ':' || b == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiOnly(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  // The general syntax: \r\n and \r line breaks, escapes and continued lines.
  private static void readEscaped(String source, String text, Map<String, Message> messages, List<BundleProblem> problems) {
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = stripLeading(lines.get(i));
      if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
        continue;
      }
      int startLine = i + 1;
      StringBuilder logical = new StringBuilder(line);
      while (endsWithContinuation(logical) && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(stripLeading(lines.get(++i)));
      }
      if (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1);
      }
      parseEntry(source, startLine, logical.toString(), messages, problems);
    }
  }

  // What readEscaped reads from a text without a backslash or a \r, without copying each line
  // and each key char by char first. By charAt, not a char array: copying the text costs more cold,
  // and these small methods are compiled after a few hundred lines.
  private static void readPlain(String source, String text, Map<String, Message> messages, List<BundleProblem> problems) {
    int line = 0;
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      plainEntry(source, ++line, text, start, end, messages, problems);
      start = end + 1;
    }
  }

  // One line of a plain text, from start to end (its line break): a comment, a blank or an entry.
  private static void plainEntry(String source, int line, String text, int start, int end,
      Map<String, Message> messages, List<BundleProblem> problems) {
    int from = skipBlanks(text, start, end);
    if (from == end || text.charAt(from) == '#' || text.charAt(from) == '!') {
      return;
    }
    int keyEnd = plainKeyEnd(text, from, end);
    int value = skipBlanks(text, keyEnd, end);
    if (value < end && (text.charAt(value) == '=' || text.charAt(value) == ':')) {
      value = skipBlanks(text, value + 1, end);
    }
    add(source, line, text.substring(from, keyEnd), text.substring(value, end), messages, problems);
  }

  private static int skipBlanks(String text, int from, int end) {
    int i = from;
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int plainKeyEnd(String text, int from, int end) {
    int i = from;
    while (i < end && !endsPlainKey(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // As endsKey, asking Character only about a char outside printable ASCII: keys are ASCII.
  private static boolean endsPlainKey(char c) {
    if (c > ' ' && c < 0x7F) {
      return c == '=' || c == ':';
    }
    return Character.isWhitespace(c);
  }

  private static boolean endsKey(char c) {
    return c == '=' || c == ':' || Character.isWhitespace(c);
  }

  // The lines between \r\n, \r or \n, as split("\r\n|\r|\n", -1) gives them, without a regex:
  // reading the bundles is part of a terminal's start-up.
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static String decode(String source, byte[] bytes) {
    // The lenient decoder is far cheaper cold and gives the same text for valid UTF-8; it replaces
    // a bad sequence with U+FFFD, so only a text holding one is decoded again to find the fault.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = decodeStrictly(source, bytes);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decodeStrictly(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String hex = String.format("0x%02X", bytes[offset] & 0xFF);
      throw new BundleException(ImmutableList.of(new BundleProblem(source, line, "",
          "not UTF-8: byte " + hex + " at column " + (offset - lineStart + 1)
              + " (is the file saved as Latin-1 or GBK? save it as UTF-8)")));
    }
    decoder.flush(out);
    ((Buffer) out).flip(); // CharBuffer.flip() returning CharBuffer is Java 9+; Android 26 has Buffer.flip()
    return out.toString();
  }

  private static void parseEntry(
      String source, int line, String entry, Map<String, Message> messages, List<BundleProblem> problems) {
    int i = 0;
    StringBuilder rawKey = new StringBuilder();
    while (i < entry.length()) {
      char c = entry.charAt(i);
      if (c == '\\' && i + 1 < entry.length()) {
        rawKey.append(c).append(entry.charAt(i + 1));
        i += 2;
        continue;
      }
      if (endsKey(c)) {
        break;
      }
      rawKey.append(c);
      i++;
    }
    while (i < entry.length() && isBlank(entry.charAt(i))) {
      i++;
    }
    if (i < entry.length() && (entry.charAt(i) == '=' || entry.charAt(i) == ':')) {
      i++;
    }
    while (i < entry.length() && isBlank(entry.charAt(i))) {
      i++;
    }
    List<String> escapeProblems = new ArrayList<>();
    String key = unescape(rawKey.toString(), escapeProblems);
    String value = unescape(entry.substring(i), escapeProblems);
    for (String p : escapeProblems) {
      problems.add(new BundleProblem(source, line, key, p));
    }
    add(source, line, key, value, messages, problems);
  }

  private static void add(String source, int line, String key, String value, Map<String, Message> messages,
      List<BundleProblem> problems) {
    if (key.isEmpty()) {
      problems.add(new BundleProblem(source, line, "", "an entry without a key"));
      return;
    }
    Message previous = messages.get(key);
    if (previous != null) {
      problems.add(new BundleProblem(source, line, key, "duplicate key, first defined on line " + previous.line()));
      return;
    }
    messages.put(key, new Message(key, value, source, line));
  }

  private static String unescape(String s, List<String> problems) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          String hex = s.substring(i + 1, Math.min(i + 5, s.length()));
          if (hex.length() == 4 && isHex(hex)) {
            out.append((char) Integer.parseInt(hex, 16));
            i += 4;
          } else {
            problems.add("broken \\u escape \"\\u" + hex + "\": four hex digits are needed");
          }
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int backslashes = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }
}
