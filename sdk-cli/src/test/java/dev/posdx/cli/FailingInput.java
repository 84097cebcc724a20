package dev.posdx.cli;

import java.io.IOException;
import java.io.InputStream;

/** Gives {@code bytes} up to {@code failAt}, then fails as a bad disk would. */
final class FailingInput extends InputStream {
  private final byte[] bytes;
  private final int failAt;
  private int at;

  FailingInput(byte[] bytes, int failAt) {
    this.bytes = bytes;
    this.failAt = failAt;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (at >= failAt) {
      throw new IOException("disk read error");
    }
    int n = Math.min(len, Math.min(failAt, bytes.length) - at);
    System.arraycopy(bytes, at, b, off, n);
    at += n;
    return n;
  }
}
