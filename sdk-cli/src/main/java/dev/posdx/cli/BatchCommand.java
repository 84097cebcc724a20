package dev.posdx.cli;

import dev.posdx.cli.batch.BatchReport;
import dev.posdx.cli.batch.BatchRun;
import dev.posdx.cli.batch.ProgressBar;
import dev.posdx.cli.batch.ReportText;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.examples.contract.InputFailure;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code posdx batch}: an authorization log in, diagnoses and an aggregate report out. */
@Command(name = "batch", sortOptions = false)
final class BatchCommand extends Subcommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The log to read; - for standard input.")
  String input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "posdx-report",
      description = "Where to write diagnoses.jsonl, report.json and report.html (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
      description = "AUTO (by the file name, else by the first character), JSONL or CSV.")
  BatchRun.Format format;

  @Mixin LenientOption lenient;

  @Mixin LocaleOption locale;

  @Mixin ThreadsOption threads;

  @Option(names = "--no-progress", description = "Never draw the progress bar (it is drawn only on a terminal anyway).")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    boolean stdin = input.equals("-");
    @Nullable Path file = stdin ? null : Path.of(input);
    if (file != null) {
      checkReadable(file);
    }
    checkOutputDirectory();
    DiagnosisPipeline pipeline = Session.pipeline(packs, lenient.lenient, locale.locale);
    // A pipe or process substitution (<(zcat log)) has no size: the progress bar shows bytes only.
    long size = file != null && Files.isRegularFile(file) ? Files.size(file) : -1;
    ProgressBar progress = noProgress ? ProgressBar.silent() : ProgressBar.forTerminal(root.stderr, size);
    ReportText text = ReportText.forLocale(locale.locale);
    // The report names its input by the file name alone: a path can say more than the reader needs.
    String name = file == null || file.getFileName() == null ? text.get("standardInput") : file.getFileName().toString();
    BatchReport report = new BatchReport(name, locale.locale, pipeline.diagnoser().issuerDirectory());
    long[] lastBytes = new long[1];
    BatchRun.Result result;
    // FileInputStream, not Files.newInputStream: the channel's available() seeks, and a pipe cannot.
    try (InputStream in = file == null ? root.stdin : new FileInputStream(file.toFile())) {
      result = new BatchRun(pipeline, threads.count()).run(in, name, format, out, report, b -> {
        lastBytes[0] = b;
        progress.accept(b);
      });
    } catch (IllegalArgumentException e) {
      root.stderr.println("posdx: " + PosdxCommand.describe(e));
      return ExitStatus.BAD_INPUT;
    } catch (InputFailure e) {
      throw new IOException(name + ": " + e.getMessage() + "; nothing in " + out + " was replaced", e);
    }
    progress.finish(lastBytes[0]);
    var s = result.summary();
    root.out.println(text.format("batchSummary", s.lines(), s.diagnosed(), s.failed()));
    for (Path written : new Path[] {result.diagnoses(), result.reportJson(), result.reportHtml()}) {
      root.out.println("  " + PanRedactor.redact(written.toString()));
    }
    root.out.flush();
    return s.allDiagnosed() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
  }

  /** The log exists, can be read, is not a directory and is not one of this run's outputs. */
  private void checkReadable(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a log");
    }
    if (!Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString());
    }
    for (String output : new String[] {BatchRun.DIAGNOSES, BatchRun.REPORT_JSON, BatchRun.REPORT_HTML}) {
      Path written = out.resolve(output);
      if (Files.exists(written) && Files.isSameFile(file, written)) {
        // Writing it would empty the very log being read.
        throw new UsageException(file + " is also an output of this run (" + written + "); choose another --out");
      }
    }
  }

  private void checkOutputDirectory() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new FileSystemException(out.toString(), null, "--out must be a directory, and this is a file");
    }
  }
}
