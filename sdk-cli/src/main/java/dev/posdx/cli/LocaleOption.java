package dev.posdx.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --locale TAG}, default zh-CN. What the language is for differs by command: the
 * description is {@code posdx.COMMAND.locale} in {@code HelpTexts.properties}.
 */
final class LocaleOption {

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      descriptionKey = "locale", description = "Language of the texts (default: ${DEFAULT-VALUE}).")
  Locale locale = Locale.SIMPLIFIED_CHINESE;
}
