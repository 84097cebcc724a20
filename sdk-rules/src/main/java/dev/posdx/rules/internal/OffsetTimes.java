package dev.posdx.rules.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one time shape payment logs write, {@code 2026-02-15T12:30:00+08:00} (or {@code ...Z}),
 * without the general ISO 8601 parser, which costs more than the rest of a JSON-lines record.
 * Anything else, an invalid date included, is left to {@link ZonedDateTime#parse}. Not API.
 */
public final class OffsetTimes {

  private OffsetTimes() {}

  /** The time {@code ZonedDateTime.parse(text)} gives, or null when {@code text} is not in the common shape. */
  public static @Nullable ZonedDateTime parseCommon(String text) {
    int n = text.length();
    boolean utc = n == 20 && text.charAt(19) == 'Z';
    if (!(utc || (n == 25 && (text.charAt(19) == '+' || text.charAt(19) == '-') && text.charAt(22) == ':'))
        || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int offsetHours = utc ? 0 : digits(text, 20, 2);
    int offsetMinutes = utc ? 0 : digits(text, 23, 2);
    if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
      return null;
    }
    int sign = text.charAt(19) == '-' ? -1 : 1;
    try {
      ZoneOffset offset = utc ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
      return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second), offset);
    } catch (DateTimeException e) {
      return null; // out of range: the general parser says how
    }
  }

  // The value of count ASCII digits at from, or -1 when one is not a digit.
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
