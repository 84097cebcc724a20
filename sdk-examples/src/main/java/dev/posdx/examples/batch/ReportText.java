package dev.posdx.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The command line's own labels and headings (not the guidance, which comes from the i18n module),
 * in English or Chinese, Simplified or Traditional, never one for the other. Immutable.
 */
public final class ReportText {

  private final Properties root;
  private final Properties local;
  private final Locale locale;

  private ReportText(Properties root, Properties local, Locale locale) {
    this.root = root;
    this.local = local;
    this.locale = locale;
  }

  static ReportText forLocale(Locale locale) {
    return of(ReportText.class, "ReportText", locale);
  }

  /** Loads {@code baseName.properties} next to {@code anchor}, and its Chinese variant for zh. */
  public static ReportText of(Class<?> anchor, String baseName, Locale locale) {
    Properties root = load(anchor, baseName + ".properties");
    Properties local = new Properties();
    if (locale.getLanguage().equals("zh")) {
      String script = locale.getScript();
      String country = locale.getCountry();
      boolean traditional = script.equals("Hant")
          || (script.isEmpty() && (country.equals("TW") || country.equals("HK") || country.equals("MO")));
      local = load(anchor, baseName + (traditional ? "_zh_Hant.properties" : "_zh_Hans.properties"));
    }
    return new ReportText(root, local, locale);
  }

  public String get(String key) {
    String text = local.getProperty(key, root.getProperty(key));
    if (text == null) {
      throw new IllegalStateException("text " + key + " is missing");
    }
    return text;
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  private static Properties load(Class<?> anchor, String name) {
    Properties p = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing next to " + anchor.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
