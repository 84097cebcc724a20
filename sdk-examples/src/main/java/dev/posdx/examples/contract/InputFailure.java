package dev.posdx.examples.contract;

import java.io.IOException;

/**
 * The input could not be read to its end (a disk error, a dropped connection): the run stopped.
 * The output holds one line for every record read before it, then a final error line saying so.
 */
public final class InputFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** Whole lines read before the failure; part of the serialized form. */
  private final long linesRead;

  /**
   * The run stopped after {@code linesRead} lines.
   *
   * @param linesRead how many whole lines were read
   * @param cause the failure of the input
   */
  public InputFailure(long linesRead, IOException cause) {
    super("the input could not be read after line " + linesRead + ": " + reason(cause), cause);
    this.linesRead = linesRead;
  }

  /** {@return how many whole lines were read, and answered in the output, before the failure} */
  public long linesRead() {
    return linesRead;
  }

  /** The final error line's record: one past the last line read. */
  LineError asFinalLine() {
    return LineError.ofLine(linesRead + 1, getMessage() + "; the run stopped here");
  }

  static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
