package dev.posdx.i18n;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Locale;

/**
 * A wait such as {@code PT1H30M} in words of the locale, with its plural rules: "1 hour 30
 * minutes", "1 ساعة و30 دقيقة", "1時間30分". The largest unit and the next one down are given; a
 * remainder below that is dropped (waits are advice, not timers).
 *
 * @since 0.1
 */
public final class DurationText {

  private static final String[] UNITS = {"duration.days", "duration.hours", "duration.minutes", "duration.seconds"};
  private static final long[] SECONDS = {86_400, 3_600, 60, 1};

  private DurationText() {}

  /**
   * Formats a wait in the locale's words.
   *
   * @param catalog the bundles that hold the unit words ({@code duration.*} keys)
   * @param locale the locale of the words
   * @param duration the wait; under one second counts as one second
   * @return the largest unit and the next one down, such as "1 hour 30 minutes"
   */
  public static String format(MessageCatalog catalog, Locale locale, Duration duration) {
    long total = Math.max(1, duration.getSeconds());
    long[] amounts = new long[UNITS.length];
    for (int i = 0; i < UNITS.length; i++) {
      amounts[i] = total / SECONDS[i];
      total %= SECONDS[i];
    }
    int first = 0;
    while (amounts[first] == 0) {
      first++;
    }
    String firstText = unit(catalog, locale, first, amounts[first]);
    if (first + 1 < UNITS.length && amounts[first + 1] > 0) {
      String secondText = unit(catalog, locale, first + 1, amounts[first + 1]);
      return catalog.format(locale, "duration.pair", ImmutableMap.of("first", firstText, "second", secondText))
          .orElse(firstText + " " + secondText);
    }
    return firstText;
  }

  private static String unit(MessageCatalog catalog, Locale locale, int unit, long amount) {
    return catalog.formatPlural(locale, UNITS[unit], amount, ImmutableMap.of()).orElse(Long.toString(amount));
  }
}
