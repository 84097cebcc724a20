package dev.posdx.cli;

import picocli.CommandLine.Option;

/** {@code --lenient}; its description is {@code posdx.COMMAND.lenient} in {@code HelpTexts.properties}. */
final class LenientOption {

  @Option(names = "--lenient", descriptionKey = "lenient", description = "Ignore fields the contract does not know.")
  boolean lenient;
}
