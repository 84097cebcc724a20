package dev.posdx.examples.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  private final List<String> seen = new ArrayList<>();

  private long split(byte[] input, int maxLine) throws IOException {
    return new LineSplitter(maxLine).split(new ByteArrayInputStream(input), new LineSplitter.LineHandler() {
      @Override
      public void line(long number, byte[] bytes, int length) {
        seen.add(number + ":" + new String(bytes, 0, length, UTF_8));
      }

      @Override
      public void tooLong(long number, long length) {
        seen.add(number + ":too long (" + length + ")");
      }
    });
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    long n = split("a\r\nb\nc".getBytes(UTF_8), 1024);
    assertThat(n).isEqualTo(3);
    assertThat(seen).containsExactly("1:a", "2:b", "3:c");
  }

  @Test
  void anEmptyInputHasNoLines() throws IOException {
    assertThat(split(new byte[0], 1024)).isZero();
    assertThat(seen).isEmpty();
  }

  @Test
  void keepsBlankLinesSoNumbersMatchTheFile() throws IOException {
    split("a\n\nb\n".getBytes(UTF_8), 1024);
    assertThat(seen).containsExactly("1:a", "2:", "3:b");
  }

  @Test
  void dropsAByteOrderMarkAtTheStartOnly() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] input = concat(bom, "x\n".getBytes(UTF_8));
    split(input, 1024);
    assertThat(seen).containsExactly("1:x");
  }

  @Test
  void skipsAnOverlongLineAndGoesOn() throws IOException {
    byte[] longLine = new byte[5000];
    Arrays.fill(longLine, (byte) 'x');
    split(concat("first\n".getBytes(UTF_8), longLine, "\nlast\n".getBytes(UTF_8)), 1024);
    assertThat(seen).containsExactly("1:first", "2:too long (5000)", "3:last");
  }

  @Test
  void aOneMegabyteLineFitsTheDefaultLimit() throws IOException {
    byte[] big = new byte[1 << 20];
    Arrays.fill(big, (byte) 'y');
    long[] length = new long[1];
    new LineSplitter().split(new ByteArrayInputStream(concat(big, "\nz".getBytes(UTF_8))), new LineSplitter.LineHandler() {
      @Override
      public void line(long number, byte[] bytes, int len) {
        if (number == 1) {
          length[0] = len;
        }
      }

      @Override
      public void tooLong(long number, long len) {
        throw new AssertionError("line " + number + " was refused");
      }
    });
    assertThat(length[0]).isEqualTo(1 << 20);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
