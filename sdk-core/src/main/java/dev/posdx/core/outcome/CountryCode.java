package dev.posdx.core.outcome;

import java.util.Locale;

/**
 * An ISO 3166-1 alpha-2 country code, upper-cased ({@code CN}, {@code DE}).
 *
 * @since 0.1
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

  /**
   * @param value two ASCII letters, either case; kept upper-cased
   * @throws IllegalArgumentException if it is not two letters
   */
  public CountryCode {
    if (!(value.length() == 2 && isLetter(value.charAt(0)) && isLetter(value.charAt(1)))) {
      throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code such as CN, got " + ResponseCode.quoted(value));
    }
    value = value.toUpperCase(Locale.ROOT); // two ASCII letters (checked above)
  }

  /**
   * {@return the country with this code}
   *
   * @param value two ASCII letters, either case, such as {@code cn}
   * @throws IllegalArgumentException if it is not two letters
   */
  public static CountryCode of(String value) {
    return new CountryCode(value);
  }

  private static boolean isLetter(char c) {
    return ResponseCode.isAsciiLetter(c);
  }

  @Override
  public int compareTo(CountryCode other) {
    return value.compareTo(other.value);
  }

  // Written out, the same values the record's would give: a generated one links method handles at start-up.
  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
