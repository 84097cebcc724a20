package dev.posdx.i18n.internal;

import java.util.Locale;

/**
 * A CLDR plural category; a plural message key ends with its {@link #suffix()}.
 *
 * @since 0.1
 */
public enum PluralCategory {
  ZERO,
  ONE,
  TWO,
  FEW,
  MANY,
  OTHER;

  /** {@code one} for {@link #ONE}: the key suffix, as in {@code duration.hours.one}. */
  public String suffix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category whose suffix this is, if any. */
  public static java.util.Optional<PluralCategory> ofSuffix(String suffix) {
    for (PluralCategory c : values()) {
      if (c.suffix().equals(suffix)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
