package dev.posdx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code posdx completion}: prints the bash/zsh completion script generated at build time. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

  /** Where the build puts the script, beside this class (see CompletionScript). */
  static final String RESOURCE = "posdx_completion.bash";

  @ParentCommand PosdxCommand root;

  @Override
  public Integer call() throws IOException {
    root.stdout.write(script());
    root.stdout.flush();
    return ExitStatus.OK;
  }

  /** The script's bytes, as the build wrote them. */
  static byte[] script() {
    try (InputStream in = CompletionCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + CompletionCommand.class.getName()
            + ": this posdx was not built by Maven (process-classes writes it)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
