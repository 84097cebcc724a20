package dev.posdx.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code posdx} command. Holds the process's standard streams so that every subcommand,
 * and the tests that run them in-process, write through the same UTF-8, redacting channels.
 */
@Command(
    name = "posdx",
    mixinStandardHelpOptions = true,
    versionProvider = PosdxCommand.Version.class,
    resourceBundle = "dev.posdx.cli.HelpTexts",
    description = {
      "Explains failed card payments: a host response code and the terminal's state in,",
      "a diagnosis and guidance for the cashier, the cardholder and the merchant out.",
      "",
      "Start with:  posdx demo"
    },
    subcommands = {
      DemoCommand.class,
      DiagnoseCommand.class,
      BatchCommand.class,
      ExplainCommand.class,
      PacksCommand.class,
      ValidateCommand.class,
      ContactKitCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status:",
      "  0  all input diagnosed",
      "  1  some input could not be used (the rest was done)",
      "  2  wrong command line, including a flag value the contract refuses",
      "  3  a file or stream could not be read or written: the run stopped",
      "",
      "Run posdx COMMAND --help for a command's options."
    })
public final class PosdxCommand implements Runnable {

  final InputStream stdin;
  final OutputStream stdout;
  final PrintStream stderr;
  final PrintWriter out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  PosdxCommand(InputStream stdin, OutputStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
  }

  /**
   * Runs one command line and returns its exit status; never calls {@code System.exit}.
   *
   * @param args the command line, without the program name
   * @param stdin where {@code -} input is read from
   * @param rawStdout where results go; flushed before returning, a closed pipe is not an error
   * @param stderr where errors and warnings go
   * @return 0 done, 1 some input unusable, 2 usage error, 3 a file could not be read or written
   */
  public static int run(String[] args, InputStream stdin, OutputStream rawStdout, PrintStream stderr) {
    StandardOutput stdout = new StandardOutput(rawStdout);
    CommandLine cli = commandLine(stdin, stdout, stderr);
    PosdxCommand root = cli.getCommand();
    int status = cli.execute(args);
    root.out.flush();
    try {
      stdout.flush();
    } catch (IOException e) {
      if (StandardOutput.isClosedPipe(e)) {
        return status;
      }
      stderr.println("posdx: could not write the output: " + PanRedactor.redact(String.valueOf(e.getMessage())));
      return ExitStatus.IO;
    }
    return status;
  }

  /** The whole command tree, writing to these streams, with posdx's error handling and exit statuses. */
  static CommandLine commandLine(InputStream stdin, OutputStream stdout, PrintStream stderr) {
    PosdxCommand root = new PosdxCommand(stdin, stdout, stderr);
    CommandLine cli = new CommandLine(root);
    cli.setOut(root.out);
    cli.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpWidth(100);
    cli.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("posdx: " + PanRedactor.redact(String.valueOf(e.getMessage())));
      c.getErr().println("Try: " + c.getCommandSpec().qualifiedName() + " --help");
      return ExitStatus.USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (stdout instanceof StandardOutput s && s.readerClosed()) {
        // A closed pipe (| head) is the reader's choice, not an error worth a message.
        return ExitStatus.OK;
      }
      c.getErr().println("posdx: " + describe(e));
      if (e instanceof UsageException) {
        c.getErr().println("Try: " + c.getCommandSpec().qualifiedName() + " --help");
        return ExitStatus.USAGE;
      }
      return e instanceof IOException || e instanceof UncheckedIOException ? ExitStatus.IO : ExitStatus.BAD_INPUT;
    });
    return cli;
  }

  /** What went wrong, naming the path and the problem for a file error; card numbers masked. */
  static String describe(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return describe(checkNotNull(u.getCause(), "an UncheckedIOException always has a cause"));
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof FileSystemException f && f.getFile() != null) {
      message = f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + problem(f);
    }
    return PanRedactor.redact(message);
  }

  // The JDK's messages for these are the path alone ("posdx: afile"): say what is wrong with it.
  private static String problem(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (f instanceof AccessDeniedException) {
      return "permission denied";
    } else if (f instanceof FileAlreadyExistsException) {
      return "already exists, and is not a directory";
    } else if (f instanceof NotDirectoryException) {
      return "is not a directory";
    }
    String reason = f.getReason();
    if (reason == null || reason.isEmpty()) {
      return f.getClass().getSimpleName();
    }
    // The JDK says "Not a directory": lower-cased, it reads on from the path like ours do.
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** The posdx version (filled in by the build) and each built-in pack's id and version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      List<String> lines = new ArrayList<>();
      lines.add("posdx " + version());
      RulePacks packs = RulePacks.installed();
      lines.add(packs.packs().size() + " built-in packs:");
      for (RulePack p : packs.packs()) {
        lines.add(PanRedactor.redact("  " + p.id() + " " + p.version()));
      }
      return lines.toArray(String[]::new);
    }

    private static String version() {
      Properties build = new Properties();
      try (InputStream in = PosdxCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          build.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return build.getProperty("version", "development build");
    }
  }
}
