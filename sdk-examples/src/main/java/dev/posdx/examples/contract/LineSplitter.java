package dev.posdx.examples.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding it, so a line
 * with bad bytes can be reported on its own while the rest go on. Memory is bounded by the
 * longest line allowed: a longer line is reported as too long and skipped, not held. A final
 * line without a newline counts; a byte-order mark at the very start is dropped. Not thread-safe.
 */
public final class LineSplitter {

  /** What to do with each line. */
  public interface LineHandler {
    /**
     * One line; {@code bytes[0..length)} holds it without its line break. The array is reused
     * for the next line.
     *
     * @param number the line number, from 1
     * @param bytes the buffer; reused
     * @param length how many bytes of it are the line
     * @throws IOException when the handler cannot write its result
     */
    void line(long number, byte[] bytes, int length) throws IOException;

    /**
     * A line longer than the limit, which was skipped.
     *
     * @param number the line number, from 1
     * @param length the line's length in bytes
     * @throws IOException when the handler cannot write its result
     */
    void tooLong(long number, long length) throws IOException;
  }

  /** 16 MiB: far beyond any authorization record, small enough to keep memory flat. */
  public static final int DEFAULT_MAX_LINE = 16 << 20;

  private final int maxLine;
  private long bytesRead;
  private long lines;

  /**
   * A splitter that skips lines longer than {@code maxLine} bytes.
   *
   * @param maxLine the longest line handed on, in bytes; at least 1024
   * @throws IllegalArgumentException if {@code maxLine} is below 1024
   */
  public LineSplitter(int maxLine) {
    checkArgument(maxLine >= 1024, "maxLine must be at least 1024 bytes, got %s", maxLine);
    this.maxLine = maxLine;
  }

  /** A splitter with the {@linkplain #DEFAULT_MAX_LINE default} line limit. */
  public LineSplitter() {
    this(DEFAULT_MAX_LINE);
  }

  /** {@return bytes consumed so far, for progress reports} */
  public long bytesRead() {
    return bytesRead;
  }

  /** {@return lines handed on so far} */
  public long lines() {
    return lines;
  }

  /**
   * Reads {@code in} to its end, handing each line to {@code handler}; returns the line count.
   *
   * @param in the input; not closed
   * @param handler what each line is handed to
   * @return the number of lines read
   * @throws InputFailure when {@code in} fails; every line before it was handed on
   * @throws IOException when the handler fails
   */
  public long split(InputStream in, LineHandler handler) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[8 * 1024];
    int length = 0;
    long overflow = 0; // bytes of the current line beyond maxLine, once it is too long
    long number = 0;
    boolean first = true;
    boolean pending = false; // a line has started and not yet been handed on
    int n;
    while ((n = read(in, chunk)) != -1) {
      bytesRead += n;
      int start = 0;
      if (first && n > 0) {
        first = false;
        if (n >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF) {
          start = 3;
        }
      }
      for (int i = start; i < n; i++) {
        byte b = chunk[i];
        if (b == '\n') {
          number++;
          emit(handler, number, line, length, overflow);
          length = 0;
          overflow = 0;
          pending = false;
          continue;
        }
        pending = true;
        if (overflow > 0 || length == maxLine) {
          overflow++;
          continue;
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, Math.min(maxLine, line.length * 2));
        }
        line[length++] = b;
      }
      // Keep the buffer from staying huge after one very long line.
      if (!pending && line.length > 1 << 20) {
        line = new byte[8 * 1024];
      }
    }
    if (pending) {
      number++;
      emit(handler, number, line, length, overflow);
    }
    return number;
  }

  private int read(InputStream in, byte[] chunk) throws InputFailure {
    try {
      return in.read(chunk);
    } catch (IOException e) {
      throw new InputFailure(lines, e);
    }
  }

  private void emit(LineHandler handler, long number, byte[] line, int length, long overflow)
      throws IOException {
    lines = number;
    if (overflow > 0) {
      handler.tooLong(number, length + overflow);
      return;
    }
    int end = length;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    handler.line(number, line, end);
  }
}
