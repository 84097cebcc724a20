package dev.posdx.cli.batch;

import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.InputFailure;
import dev.posdx.examples.contract.JsonLines;
import dev.posdx.examples.contract.LineError;
import dev.posdx.examples.contract.LineResult;
import dev.posdx.examples.contract.LineSplitter;
import dev.posdx.examples.contract.OrderedResults;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * One batch run: reads an authorization log (JSON lines or CSV), writes {@code diagnoses.jsonl}
 * (one contract line per input record, errors in place), {@code report.json} and {@code
 * report.html} into an output directory. Not thread-safe.
 */
public final class BatchRun {

  /** The input's format. */
  public enum Format {
    AUTO,
    JSONL,
    CSV
  }

  /** What was written, and how the run went. */
  public record Result(JsonLines.Summary summary, Path diagnoses, Path reportJson, Path reportHtml) {}

  public static final String DIAGNOSES = "diagnoses.jsonl";
  public static final String REPORT_JSON = "report.json";
  public static final String REPORT_HTML = "report.html";

  private final DiagnosisPipeline pipeline;
  private final int threads;

  /** @param threads how many records are diagnosed at once; the output order never changes */
  public BatchRun(DiagnosisPipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * Writes the three outputs to temporary files beside them and moves them into place only when
   * all are complete: a run that fails leaves every earlier output as it was, never an old report
   * beside a new, shortened {@code diagnoses.jsonl}.
   *
   * @param inputName shown in the report: a file name, or "standard input"
   * @throws IllegalArgumentException when a CSV header is unusable (no line could be read)
   * @throws InputFailure when the input fails part-way; nothing in {@code outDir} was replaced
   */
  public Result run(InputStream input, String inputName, Format format, Path outDir, BatchReport report,
      LongConsumer progress) throws IOException {
    Files.createDirectories(outDir);
    Path diagnoses = outDir.resolve(DIAGNOSES);
    Path json = outDir.resolve(REPORT_JSON);
    Path html = outDir.resolve(REPORT_HTML);
    List<Path> temporary = new ArrayList<>(3);
    try {
      Path diagnosesPart = partial(diagnoses, temporary);
      BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
      Format actual;
      try {
        actual = format == Format.AUTO ? sniff(in, inputName) : format;
      } catch (IOException e) {
        throw new InputFailure(0, e);
      }
      JsonLines.Summary summary;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(diagnosesPart), 64 * 1024)) {
        summary = actual == Format.CSV
            ? runCsv(in, out, report, progress)
            : new JsonLines(pipeline).run(in, out, report, progress, threads);
      }
      BatchReport.Snapshot snapshot = report.snapshot();
      Path jsonPart = partial(json, temporary);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonPart))) {
        ReportJson.write(snapshot, out);
      }
      Path htmlPart = partial(html, temporary);
      try (Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(htmlPart)), StandardCharsets.UTF_8)) {
        HtmlReport.write(snapshot, out);
      }
      moveIntoPlace(diagnosesPart, diagnoses);
      moveIntoPlace(jsonPart, json);
      moveIntoPlace(htmlPart, html);
      temporary.clear();
      return new Result(summary, diagnoses, json, html);
    } finally {
      for (Path part : temporary) {
        Files.deleteIfExists(part);
      }
    }
  }

  /**
   * A new hidden file beside the output, so that the move into place stays on one file system;
   * made with {@code createFile} (not {@code createTempFile}) so it gets the usual permissions.
   */
  private static Path partial(Path output, List<Path> temporary) throws IOException {
    Path part = output.resolveSibling("." + output.getFileName() + "." + ProcessHandle.current().pid() + "."
        + Long.toHexString(System.nanoTime()) + ".partial");
    Files.createFile(part);
    temporary.add(part);
    return part;
  }

  private static void moveIntoPlace(Path part, Path output) throws IOException {
    try {
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private JsonLines.Summary runCsv(InputStream in, OutputStream out, BatchReport report, LongConsumer progress)
      throws IOException {
    CsvRecords csv = new CsvRecords();
    LineSplitter splitter = new LineSplitter();
    try (OrderedResults results = new OrderedResults(out, threads, report)) {
      class Rows {
        void add(CsvRecords.Row row, int bytes) throws IOException {
          if (row instanceof CsvRecords.Record r) {
            // Each record is a fresh tree: safe to hand to a worker.
            results.add(r.line(), Math.max(bytes, 256), () -> pipeline.diagnose(r.line(), r.json()));
          } else {
            LineResult error = new LineResult.Failed(((CsvRecords.Bad) row).error());
            results.add(error.line(), 0, () -> error);
          }
        }
      }
      Rows rows = new Rows();
      JsonLines.split(splitter, in, results, new LineSplitter.LineHandler() {
        @Override
        public void line(long number, byte[] bytes, int length) throws IOException {
          Optional<CsvRecords.Row> row = csv.line(number, bytes, length);
          if (row.isPresent()) {
            rows.add(row.get(), length);
          }
          if ((number & 0x3FF) == 0) {
            progress.accept(splitter.bytesRead());
          }
        }

        @Override
        public void tooLong(long number, long length) throws IOException {
          rows.add(new CsvRecords.Bad(LineError.ofLine(number, "line of " + length + " bytes is too long")), 0);
        }
      });
      Optional<CsvRecords.Row> last = csv.finish();
      if (last.isPresent()) {
        rows.add(last.get(), 0);
      }
      results.flush();
      progress.accept(splitter.bytesRead());
      return new JsonLines.Summary(results.diagnosed() + results.failed(), results.diagnosed(), results.failed());
    }
  }

  /** CSV for a .csv name; otherwise JSON lines when the first visible character is '{'. */
  static Format sniff(BufferedInputStream in, String name) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Format.CSV;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return Format.JSONL;
    }
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b == -1) {
          return Format.JSONL;
        }
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
          continue;
        }
        return b == '{' ? Format.JSONL : Format.CSV;
      }
      return Format.JSONL;
    } finally {
      in.reset();
    }
  }
}
