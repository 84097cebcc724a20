package dev.posdx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --packs DIR}, on every command: a chain's or vendor's own packs beside the built-in ones. */
final class PackOptions {

  @Option(
      names = "--packs",
      paramLabel = "DIR",
      description = {
        "Also load every pack file (*.yaml, *.yml, *.json) in DIR, beside the built-in packs.",
        "Repeat for more directories. A pack id given twice is an error naming both files."
      })
  List<Path> directories = new ArrayList<>();
}
