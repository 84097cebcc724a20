package dev.posdx.i18n.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The CLDR plural rules for whole numbers (counts of minutes, hours, days, attempts) in the
 * languages posdx ships, from the CLDR plural rules chart (unicode.org/cldr/charts/latest/
 * supplemental/language_plural_rules.html). Decimal operands are not needed: posdx only counts.
 *
 * <p>CLDR gives French, Spanish, Portuguese and Italian a {@code many} category that applies
 * only to exact multiples of a million written in compact or exponent form ("1 million de");
 * posdx never counts that high, so these languages use {@code one}/{@code other} here. A
 * language not in the table falls back to {@code one}/{@code other} with English's rule.
 *
 * @since 0.1
 */
public enum PluralRules {
  /** Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian, Malay: no plural forms. */
  OTHER_ONLY(EnumSet.of(PluralCategory.OTHER)),
  /** English, German, Spanish, and others: one for 1. */
  ONE_OTHER(EnumSet.of(PluralCategory.ONE, PluralCategory.OTHER)),
  /** French and Brazilian Portuguese: one for 0 and 1. */
  ZERO_ONE_AS_ONE(EnumSet.of(PluralCategory.ONE, PluralCategory.OTHER)),
  /** Arabic: zero, one, two, few (3-10 mod 100), many (11-99 mod 100), other. */
  ARABIC(EnumSet.allOf(PluralCategory.class));

  private static final ImmutableMap<String, PluralRules> BY_LANGUAGE =
      ImmutableMap.<String, PluralRules>builder()
          .put("zh", OTHER_ONLY).put("ja", OTHER_ONLY).put("ko", OTHER_ONLY).put("th", OTHER_ONLY)
          .put("vi", OTHER_ONLY).put("id", OTHER_ONLY).put("ms", OTHER_ONLY)
          .put("en", ONE_OTHER).put("de", ONE_OTHER).put("es", ONE_OTHER).put("it", ONE_OTHER)
          .put("nl", ONE_OTHER).put("sv", ONE_OTHER)
          .put("fr", ZERO_ONE_AS_ONE).put("pt", ZERO_ONE_AS_ONE)
          .put("ar", ARABIC)
          .buildOrThrow();

  private final Set<PluralCategory> categories;

  PluralRules(Set<PluralCategory> categories) {
    this.categories = Sets.immutableEnumSet(categories);
  }

  /** The rules for a locale's language; the root locale and unknown languages get English's. */
  public static PluralRules of(Locale locale) {
    return BY_LANGUAGE.getOrDefault(locale.getLanguage(), ONE_OTHER);
  }

  /** The categories a bundle of this language must give for every plural message. */
  public Set<PluralCategory> categories() {
    return categories;
  }

  /** The category of a whole number. */
  public PluralCategory select(long n) {
    long abs = Math.abs(n);
    return switch (this) {
      case OTHER_ONLY -> PluralCategory.OTHER;
      case ONE_OTHER -> abs == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
      case ZERO_ONE_AS_ONE -> abs <= 1 ? PluralCategory.ONE : PluralCategory.OTHER;
      case ARABIC -> {
        long mod100 = abs % 100;
        if (abs == 0) {
          yield PluralCategory.ZERO;
        } else if (abs == 1) {
          yield PluralCategory.ONE;
        } else if (abs == 2) {
          yield PluralCategory.TWO;
        } else if (mod100 >= 3 && mod100 <= 10) {
          yield PluralCategory.FEW;
        } else if (mod100 >= 11) {
          yield PluralCategory.MANY;
        } else {
          yield PluralCategory.OTHER;
        }
      }
    };
  }
}
