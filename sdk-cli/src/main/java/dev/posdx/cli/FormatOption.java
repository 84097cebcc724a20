package dev.posdx.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for the commands that print either. */
final class FormatOption {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  String format = "text";

  /** Checks the value first (status 2 for anything else): whether JSON was asked for. */
  boolean json(Subcommand command) {
    if (!format.equals("text") && !format.equals("json")) {
      throw command.usageError("--format is text or json, got " + format);
    }
    return format.equals("json");
  }
}
