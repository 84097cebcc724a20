package dev.posdx.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why a write failed, so that a reader closing the pipe ({@code
 * posdx diagnose --jsonl | head -1}) can end the run quietly while a full disk is still reported.
 */
final class StandardOutput extends FilterOutputStream {

  private @Nullable IOException failure;

  StandardOutput(OutputStream out) {
    super(out);
  }

  /** Whether a write failed because the reader went away (EPIPE). */
  boolean readerClosed() {
    return failure != null && isClosedPipe(failure);
  }

  static boolean isClosedPipe(IOException e) {
    String message = String.valueOf(e.getMessage());
    // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed".
    return message.contains("Broken pipe") || message.contains("pipe is being closed");
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
