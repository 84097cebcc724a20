package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams JSON lines in, one diagnosis or error object per line out, in the same order. Memory
 * stays flat whatever the input's length: lines in flight are bounded by {@link OrderedResults}'s
 * byte budget. Not thread-safe.
 */
public final class JsonLines {

  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** How a run went. */
  public record Summary(long lines, long diagnosed, long failed) {
    /** {@return true when no line failed} */
    public boolean allDiagnosed() {
      return failed == 0;
    }
  }

  private final DiagnosisPipeline pipeline;

  /**
   * Lines through this pipeline.
   *
   * @param pipeline what each line goes through
   */
  public JsonLines(DiagnosisPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Like {@link #run(InputStream, OutputStream, Consumer, LongConsumer, int)} on one thread.
   *
   * @param in the JSON lines; not closed
   * @param out where one line per input line goes; not closed
   * @param listener sees every result, in input order
   * @param progress told the bytes read so far, now and then
   * @return how many lines were read, diagnosed and failed
   * @throws IOException when the output cannot be written, or {@link InputFailure} when the input
   *     fails
   */
  public Summary run(InputStream in, OutputStream out, Consumer<LineResult> listener, LongConsumer progress)
      throws IOException {
    return run(in, out, listener, progress, 1);
  }

  /**
   * Reads {@code in} to its end and writes one line to {@code out} per input line, in order.
   *
   * @param in the JSON lines; not closed
   * @param out where one line per input line goes; not closed
   * @param listener sees every result, in input order (the batch report's aggregate)
   * @param progress told the bytes read so far, now and then
   * @param threads how many lines are diagnosed at once, 1-256; the output order never changes
   * @return how many lines were read, diagnosed and failed
   * @throws IOException when the output cannot be written, or {@link InputFailure} when the input
   *     fails
   */
  public Summary run(InputStream in, OutputStream out, Consumer<LineResult> listener, LongConsumer progress, int threads)
      throws IOException {
    LineSplitter splitter = new LineSplitter();
    try (OrderedResults results = new OrderedResults(out, threads, listener)) {
      long lines = split(splitter, in, results, new LineSplitter.LineHandler() {
        @Override
        public void line(long number, byte[] bytes, int length) throws IOException {
          if (results.isSequential()) {
            results.add(number, length, () -> pipeline.diagnose(number, bytes, length));
          } else {
            // The splitter reuses its buffer: a worker gets its own copy, made once it fits the budget.
            results.makeRoom(length);
            byte[] copy = java.util.Arrays.copyOf(bytes, length);
            results.add(number, length, () -> pipeline.diagnose(number, copy, copy.length));
          }
          if ((number & 0x3FF) == 0) {
            progress.accept(splitter.bytesRead());
          }
        }

        @Override
        public void tooLong(long number, long length) throws IOException {
          LineResult error = new LineResult.Failed(LineError.ofLine(number,
              "line of " + length + " bytes is longer than the limit of " + LineSplitter.DEFAULT_MAX_LINE + " bytes"));
          results.add(number, 0, () -> error);
        }
      });
      results.flush();
      progress.accept(splitter.bytesRead());
      return new Summary(lines, results.diagnosed(), results.failed());
    }
  }

  /**
   * Splits {@code in} into {@code results}; when the input fails, writes every record read so far
   * and then a final error line, and rethrows.
   *
   * @param splitter the line splitter
   * @param in the input
   * @param results where records and the final error line go
   * @param handler what each line is handed to
   * @return the number of lines read
   * @throws IOException the input's {@link InputFailure}, or when the output cannot be written
   */
  public static long split(LineSplitter splitter, InputStream in, OrderedResults results,
      LineSplitter.LineHandler handler) throws IOException {
    try {
      return splitter.split(in, handler);
    } catch (InputFailure e) {
      results.stop(e.asFinalLine());
      throw e;
    }
  }

  /**
   * Writes one result as one JSON object, without a line break.
   *
   * @param g the generator, positioned where a value may start
   * @param result a diagnosis or an error
   * @throws IOException when the generator cannot write
   */
  public static void write(JsonGenerator g, LineResult result) throws IOException {
    if (result instanceof LineResult.Diagnosed d) {
      DiagnosisWriter.write(g, d.diagnosis(), d.guidance());
    } else {
      DiagnosisWriter.writeError(g, ((LineResult.Failed) result).error());
    }
  }
}
