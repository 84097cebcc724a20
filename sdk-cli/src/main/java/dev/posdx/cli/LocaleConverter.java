package dev.posdx.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a BCP 47 tag ({@code zh-CN}, {@code en}, {@code zh-Hant-TW}) strictly. */
final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {

  @Override
  public Locale convert(String value) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(value).build();
      if (locale.getLanguage().isEmpty()) {
        throw new CommandLine.TypeConversionException("'" + value + "' names no language; use a BCP 47 tag such as zh-CN or en");
      }
      return locale;
    } catch (IllformedLocaleException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a BCP 47 language tag such as zh-CN or en");
    }
  }
}
