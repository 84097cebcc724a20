package dev.posdx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Build step (exec-maven-plugin, process-classes): writes picocli's bash/zsh completion script for
 * the whole command tree to the path given, so that it ships in the jar. Not part of the command.
 */
public final class CompletionScript {

  private CompletionScript() {}

  /**
   * Writes the completion script.
   *
   * @param args one argument: the file to write
   * @throws IllegalArgumentException if there is not exactly one argument
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompletionScript OUTPUT_FILE");
    }
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, AutoComplete.bash("posdx", PosdxCommand.commandLine(
        InputStream.nullInputStream(), OutputStream.nullOutputStream(),
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
  }
}
