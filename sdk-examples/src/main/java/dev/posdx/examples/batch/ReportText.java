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
 * The batch report's own headings, in English or Chinese (Simplified or Traditional, never one
 * for the other). The guidance texts inside the report come from the i18n module, not from here.
 */
final class ReportText {

  private final Properties root;
  private final Properties local;
  private final Locale locale;

  private ReportText(Properties root, Properties local, Locale locale) {
    this.root = root;
    this.local = local;
    this.locale = locale;
  }

  static ReportText forLocale(Locale locale) {
    Properties root = load("ReportText.properties");
    Properties local = new Properties();
    if (locale.getLanguage().equals("zh")) {
      String script = locale.getScript();
      String country = locale.getCountry();
      boolean traditional = script.equals("Hant")
          || (script.isEmpty() && (country.equals("TW") || country.equals("HK") || country.equals("MO")));
      local = load(traditional ? "ReportText_zh_Hant.properties" : "ReportText_zh_Hans.properties");
    }
    return new ReportText(root, local, locale);
  }

  String get(String key) {
    String text = local.getProperty(key, root.getProperty(key));
    if (text == null) {
      throw new IllegalStateException("report text " + key + " is missing from ReportText.properties");
    }
    return text;
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = ReportText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing next to " + ReportText.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
