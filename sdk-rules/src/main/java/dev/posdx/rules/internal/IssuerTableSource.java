package dev.posdx.rules.internal;

import dev.posdx.core.diagnosis.Issuer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An issuer table as its TSV source states it (a header line, then prefix, PAN length, bank code,
 * bank name and hotline separated by tabs; {@code #} starts a comment line), and the reference
 * lookup over it. The build compiles the shipped table from it into an {@link IssuerIndex}; a
 * table read at run time goes the same way. Immutable once read.
 */
public final class IssuerTableSource {

  /** The header line the table must start with (after comments). */
  public static final String HEADER = "prefix\tpan_length\tbank_code\tbank_name\thotline";

  /** A masked card number keeps the first six digits; fewer cannot name an issuer. */
  static final int KNOWN_DIGITS = 6;

  /** The longest prefix the table format allows. */
  static final int MAX_DIGITS = 10;

  /** One row: a prefix, the card length it is listed for, and its issuer. */
  record Row(String prefix, int panLength, Issuer issuer) {}

  private final List<Row> rows;
  private final Map<BinKey, Issuer> byPrefix;
  // For each run of leading digits that a longer prefix extends, the banks of those longer prefixes.
  private final Map<BinKey, Set<String>> extendedBy;
  private final int shortest;
  private final String origin;

  private IssuerTableSource(List<Row> rows, Map<BinKey, Issuer> byPrefix, Map<BinKey, Set<String>> extendedBy, int shortest, String origin) {
    this.rows = rows;
    this.byPrefix = byPrefix;
    this.extendedBy = extendedBy;
    this.shortest = shortest;
    this.origin = origin;
  }

  /**
   * Reads a table.
   *
   * @param tsv the table; the caller closes it
   * @param origin names the data in error messages, such as a file name
   * @throws IllegalArgumentException naming the origin, line, column and field of the first bad value
   * @throws IOException when the reader fails
   */
  public static IssuerTableSource read(Reader tsv, String origin) throws IOException {
    BufferedReader lines = new BufferedReader(tsv);
    Map<BinKey, Integer> lineOf = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    Map<BinKey, Issuer> byPrefix = new HashMap<>();
    Map<BinKey, Set<String>> extendedBy = new HashMap<>();
    boolean headerSeen = false;
    int shortest = KNOWN_DIGITS;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.startsWith("#") || (line.isBlank() && !headerSeen)) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(origin + " line " + number + ": expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
        }
        headerSeen = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException(origin + " line " + number + ": expected 5 tab-separated columns, found " + f.length);
      }
      String prefix = field(f, 0, digits(f[0], 1, MAX_DIGITS), "1-10 digits", origin, number);
      int length = Integer.parseInt(field(f, 1, cardLength(f[1]), "a card length of 12-19", origin, number));
      String code = field(f, 2, bankCode(f[2]), "an upper-case bank code", origin, number);
      String name = field(f, 3, !f[3].isBlank(), "a bank name", origin, number);
      String hotline = field(f, 4, f[4].isEmpty() || digits(f[4], 5, 12), "empty or a phone number", origin, number);

      BinKey key = new BinKey(prefix, length);
      Integer earlier = lineOf.putIfAbsent(key, number);
      if (earlier != null) {
        throw new IllegalArgumentException(
            origin + " line " + number + ": prefix " + prefix + " with length " + length + " is already on line " + earlier);
      }
      Issuer issuer = new Issuer(code, name, hotline.isEmpty() ? Optional.empty() : Optional.of(hotline));
      rows.add(new Row(prefix, length, issuer));
      byPrefix.put(key, issuer);
      shortest = Math.min(shortest, prefix.length());
      for (int digits = KNOWN_DIGITS; digits < prefix.length(); digits++) {
        extendedBy.computeIfAbsent(new BinKey(prefix.substring(0, digits), length), k -> new HashSet<>()).add(code);
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(origin + ": no header line \"" + HEADER.replace("\t", "\\t") + "\"");
    }
    return new IssuerTableSource(Collections.unmodifiableList(rows), byPrefix, extendedBy, shortest, origin);
  }

  /** {@return the rows in the order the table lists them} */
  List<Row> rows() {
    return rows;
  }

  /** {@return the shortest prefix listed, at most six digits} */
  int shortest() {
    return shortest;
  }

  /** {@return what names the table in messages} */
  public String origin() {
    return origin;
  }

  /**
   * The reference lookup: the longest listed prefix of the given digits, unless a longer prefix
   * that these digits do not reach names another bank: then the digits cannot tell, and the
   * answer is empty. The compiled {@link IssuerIndex} must answer as this does for every input.
   *
   * @param digits 6-10 leading digits of a card number
   */
  Optional<Issuer> resolve(String digits, int panLength) {
    for (int length = Math.min(digits.length(), MAX_DIGITS); length >= shortest; length--) {
      Issuer issuer = byPrefix.get(new BinKey(digits.substring(0, length), panLength));
      if (issuer != null) {
        Set<String> banks = extendedBy.get(new BinKey(digits, panLength));
        if (banks != null) {
          for (String bank : banks) {
            if (!bank.equals(issuer.id())) {
              return Optional.empty();
            }
          }
        }
        return Optional.of(issuer);
      }
    }
    return Optional.empty();
  }

  /** {@return the runs of leading digits (with their card length) that longer listed prefixes extend} */
  Set<BinKey> extended() {
    return extendedBy.keySet();
  }

  /** Whether {@code s} is {@code min} to {@code max} ASCII digits. */
  public static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a card length of 12 to 19 written as two digits. */
  private static boolean cardLength(String s) {
    return s.length() == 2 && s.charAt(0) == '1' && s.charAt(1) >= '2' && s.charAt(1) <= '9';
  }

  /** Whether {@code s} is 2 to 16 upper-case ASCII letters or digits. */
  private static boolean bankCode(String s) {
    if (s.length() < 2 || s.length() > 16) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static String field(String[] fields, int column, boolean valid, String expected, String origin, int line) {
    if (!valid) {
      throw new IllegalArgumentException(origin + " line " + line + ", column " + (column + 1) + " (" + HEADER.split("\t")[column] + "): expected "
          + expected + ", got \"" + fields[column] + "\"");
    }
    return fields[column];
  }

  /** A prefix and the card length it is listed for. */
  record BinKey(String prefix, int panLength) {
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof BinKey k && panLength == k.panLength && prefix.equals(k.prefix);
    }

    @Override
    public int hashCode() {
      return 31 * prefix.hashCode() + panLength;
    }
  }
}
