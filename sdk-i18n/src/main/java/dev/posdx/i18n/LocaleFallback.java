package dev.posdx.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The order in which bundles are tried for a locale, following CLDR's parent locales and
 * never crossing scripts: {@code zh-Hant-HK → zh-Hant → en}, {@code zh-MO → zh-Hant-MO →
 * zh-Hant-HK → zh-Hant → en} (Macao reads Hong Kong wording), {@code zh-TW → zh-Hant-TW →
 * zh-Hant → en}, {@code zh-CN}, {@code zh-SG} and bare {@code zh → zh-Hans → en}. Traditional
 * Chinese never falls back to Simplified, nor the reverse. English is the root and ends every
 * chain.
 *
 * <p>Where CLDR's "default content" makes a bare language mean one region, the bare language
 * falls through to it: {@code pt} is Brazilian Portuguese in CLDR, so {@code pt} and {@code
 * pt-PT → pt → pt-BR}. Latin-American Spanish goes through {@code es-419}, and the
 * Lusophone regions CLDR parents to {@code pt-PT} go through it.
 *
 * @since 0.1
 */
public final class LocaleFallback {

  /** The root bundle's locale. */
  public static final Locale ROOT = Locale.ENGLISH;

  static final Locale ZH_HANS = new Locale.Builder().setLanguage("zh").setScript("Hans").build();
  static final Locale ZH_HANT = new Locale.Builder().setLanguage("zh").setScript("Hant").build();

  // Set.of, not Guava's ImmutableSet (start-up cost): only asked whether they hold a region.
  private static final Set<String> HANT_REGIONS = Set.of("TW", "HK", "MO");
  private static final Set<String> ES_419 =
      Set.of("AR", "BO", "BR", "BZ", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX",
          "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE");
  private static final Set<String> PT_PT =
      Set.of("AO", "CH", "CV", "GQ", "GW", "LU", "MO", "MZ", "ST", "TL");

  private LocaleFallback() {}

  /**
   * The locales to try for {@code requested}, most specific first, ending with {@link #ROOT}.
   *
   * @param requested the locale asked for
   * @return the chain, never empty
   */
  public static List<Locale> chain(Locale requested) {
    String language = requested.getLanguage();
    String script = requested.getScript();
    String region = requested.getCountry();
    Set<Locale> chain = new LinkedHashSet<>();
    if (!language.isEmpty() && !language.equals("und")) {
      if (language.equals("zh") && script.isEmpty()) {
        script = HANT_REGIONS.contains(region) ? "Hant" : "Hans";
      }
      if (!script.isEmpty()) {
        if (!region.isEmpty()) {
          chain.add(locale(language, script, region));
        }
        if (language.equals("zh") && script.equals("Hant") && region.equals("MO")) {
          chain.add(locale("zh", "Hant", "HK")); // CLDR parent of zh_Hant_MO
        }
        chain.add(locale(language, script, ""));
      } else {
        if (!region.isEmpty()) {
          chain.add(locale(language, "", region));
          if (language.equals("es") && ES_419.contains(region)) {
            chain.add(locale("es", "", "419"));
          }
          if (language.equals("pt") && PT_PT.contains(region)) {
            chain.add(locale("pt", "", "PT"));
          }
        }
        chain.add(locale(language, "", ""));
        if (language.equals("pt")) {
          chain.add(locale("pt", "", "BR"));
        }
      }
    }
    chain.add(ROOT);
    return Collections.unmodifiableList(new ArrayList<>(chain));
  }

  /** A locale from its parts; empty parts are left out. */
  static Locale locale(String language, String script, String region) {
    return new Locale.Builder().setLanguage(language).setScript(script).setRegion(region).build();
  }

  /**
   * The bundle file suffix of a locale: {@code zh_Hant} for zh-Hant, empty for the root.
   *
   * @param locale a bundle locale
   * @return the suffix, without the leading {@code _} of the file name
   */
  public static String bundleSuffix(Locale locale) {
    if (locale.equals(ROOT)) {
      return "";
    }
    StringBuilder s = new StringBuilder("_").append(locale.getLanguage());
    if (!locale.getScript().isEmpty()) {
      s.append('_').append(locale.getScript());
    }
    if (!locale.getCountry().isEmpty()) {
      s.append('_').append(locale.getCountry());
    }
    return s.toString();
  }

  /**
   * The locale of a bundle file suffix: {@code zh_Hant} → zh-Hant, {@code pt_BR} → pt-BR, empty
   * → the root.
   *
   * @param suffix the part of the file name after {@code messages_}, or empty
   * @return the locale
   * @throws IllegalArgumentException if the suffix is not language[_Script][_REGION]
   */
  public static Locale ofBundleSuffix(String suffix) {
    if (suffix.isEmpty()) {
      return ROOT;
    }
    String[] parts = suffix.split("_", -1);
    Locale.Builder b = new Locale.Builder();
    try {
      b.setLanguage(parts[0]);
      int i = 1;
      if (i < parts.length && parts[i].length() == 4) {
        b.setScript(parts[i++]);
      }
      if (i < parts.length) {
        b.setRegion(parts[i++]);
      }
      if (i != parts.length || parts[0].length() < 2) {
        throw new IllegalArgumentException("bundle suffix must be language[_Script][_REGION], got \"" + suffix + "\"");
      }
    } catch (java.util.IllformedLocaleException e) {
      throw new IllegalArgumentException("bundle suffix must be language[_Script][_REGION], got \"" + suffix + "\"", e);
    }
    return b.build();
  }
}
