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
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code posdx batch}: an authorization log in, diagnoses and an aggregate report out. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    header = "Diagnose an authorization log (JSON lines or CSV) into diagnoses and a report.",
    sortOptions = false,
    description = {
      "Diagnoses an authorization log (JSON lines, or CSV with a header of contract field names;",
      "nested fields as terminal.reader, merchant.storeId) and writes into the output directory:",
      "  diagnoses.jsonl  one contract line per record, errors in place",
      "  report.json      counts by category, cause, store, issuer, network and hour; top causes",
      "  report.html      the same as one self-contained page with charts (opens from a file)",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  posdx batch auth-log.csv --out report/",
      "  zcat auth.jsonl.gz | posdx batch - --format jsonl --out report/ --locale en",
      "",
      "Exit status: 0 all records diagnosed; 1 some could not be used (see report.html#errors)."
    })
final class BatchCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @Mixin PackOptions packs;

  @Parameters(index = "0", paramLabel = "FILE", description = "The log to read; - for standard input.")
  String input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "posdx-report",
      description = "Where to write diagnoses.jsonl, report.json and report.html (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
      description = "AUTO (by the file name, else by the first character), JSONL or CSV.")
  BatchRun.Format format;

  @Option(names = "--lenient", description = "Ignore fields the contract does not know (PIN, CVV and track data are still refused).")
  boolean lenient;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      description = "Language of the report's texts (default: ${DEFAULT-VALUE}). A record's own \"locale\" wins for its diagnosis.")
  Locale locale;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:posdx.threads:-0}",
      description = "How many lines are diagnosed at once (default: the number of processors, at most 8). The output order never changes.")
  int threads;

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
    DiagnosisPipeline pipeline = Session.pipeline(packs, lenient, locale);
    // A pipe or process substitution (<(zcat log)) has no size: the progress bar shows bytes only.
    long size = file != null && Files.isRegularFile(file) ? Files.size(file) : -1;
    ProgressBar progress = noProgress ? ProgressBar.silent() : ProgressBar.forTerminal(root.stderr, size);
    ReportText text = ReportText.forLocale(locale);
    // The report names its input by the file name alone: a path can say more than the reader needs.
    String name = file == null || file.getFileName() == null ? text.get("standardInput") : file.getFileName().toString();
    BatchReport report = new BatchReport(name, locale, pipeline.diagnoser().issuerDirectory());
    long[] lastBytes = new long[1];
    BatchRun.Result result;
    // FileInputStream, not Files.newInputStream: the channel's available() seeks, and a pipe cannot.
    try (InputStream in = file == null ? root.stdin : new FileInputStream(file.toFile())) {
      result = new BatchRun(pipeline, Session.threads(threads)).run(in, name, format, out, report, b -> {
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
