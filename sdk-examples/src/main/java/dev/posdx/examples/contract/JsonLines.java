package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JsonEncoding;
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
 * stays flat whatever the input's length: one line is held at a time. Not thread-safe.
 */
public final class JsonLines {

  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** How a run went. */
  public record Summary(long lines, long diagnosed, long failed) {
    public boolean allDiagnosed() {
      return failed == 0;
    }
  }

  private final DiagnosisPipeline pipeline;

  public JsonLines(DiagnosisPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Reads {@code in} to its end and writes one line to {@code out} per input line.
   *
   * @param listener sees every result after it is written (the batch report's aggregate)
   * @param progress told the bytes read so far, now and then
   */
  public Summary run(InputStream in, OutputStream out, Consumer<LineResult> listener, LongConsumer progress)
      throws IOException {
    LineSplitter splitter = new LineSplitter();
    long[] counts = new long[2];
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      long lines = splitter.split(in, new LineSplitter.LineHandler() {
        @Override
        public void line(long number, byte[] bytes, int length) throws IOException {
          emit(g, pipeline.diagnose(number, bytes, length));
        }

        @Override
        public void tooLong(long number, long length) throws IOException {
          emit(g, new LineResult.Failed(LineError.ofLine(number,
              "line of " + length + " bytes is longer than the limit of " + LineSplitter.DEFAULT_MAX_LINE + " bytes")));
        }

        private void emit(JsonGenerator g, LineResult result) throws IOException {
          write(g, result);
          g.writeRaw('\n');
          counts[result instanceof LineResult.Diagnosed ? 0 : 1]++;
          listener.accept(result);
          if (((counts[0] + counts[1]) & 0x3FF) == 0) {
            progress.accept(splitter.bytesRead());
          }
        }
      });
      g.flush();
      progress.accept(splitter.bytesRead());
      return new Summary(lines, counts[0], counts[1]);
    }
  }

  /** Writes one result as one JSON object, without a line break. */
  public static void write(JsonGenerator g, LineResult result) throws IOException {
    if (result instanceof LineResult.Diagnosed d) {
      DiagnosisWriter.write(g, d.diagnosis(), d.guidance());
    } else {
      DiagnosisWriter.writeError(g, ((LineResult.Failed) result).error());
    }
  }
}
