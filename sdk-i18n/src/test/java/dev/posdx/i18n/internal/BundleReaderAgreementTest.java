package dev.posdx.i18n.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.posdx.i18n.BundleException;
import dev.posdx.i18n.BundleProblem;
import dev.posdx.i18n.Message;
import dev.posdx.i18n.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader, with its fast path for files without escapes or {@code \r}, reads every file exactly
 * as the reader before it ({@link BundleReaderOracle}) did: the same messages in the same order
 * with the same lines, or the same problems. Files are made of the pieces the syntax turns on, with
 * and without backslashes and carriage returns, and with bytes that are not UTF-8 spliced in.
 */
class BundleReaderAgreementTest {

  private static final List<String> PIECES = List.of(
      "a", "step.x", "卡", "\n", "\n", "\r", "\r\n", "=", ":", " ", "\t", "\f", "\u3000", "\u000B", "#", "!",
      "\uFEFF", "\uFFFD", "{n}", "\\", "\\u00e9", "\\u12", "\\t", "k=v\n", "dup=1\n", "été");

  // Not UTF-8 on their own: a lone continuation byte, a lead byte without its tail, an overlong form, 0xFF.
  private static final byte[][] BAD_BYTES = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}};

  @Test
  void everyGeneratedFileReadsAsTheFormerReaderReadIt() {
    qt().withFixedSeed(20261206L).withExamples(20_000)
        .forAll(PieceTexts.of(PIECES, 24), integers().between(-1, 40), integers().between(0, BAD_BYTES.length - 1))
        .checkAssert((text, at, bad) -> {
          byte[] bytes = splice(text.getBytes(UTF_8), at, BAD_BYTES[bad]);
          assertThat(outcome(() -> BundleReader.read("t.properties", bytes)))
              .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
              .isEqualTo(outcome(() -> BundleReaderOracle.read("t.properties", bytes)));
        });
  }

  @Test
  void everyShippedBundleReadsAsTheFormerReaderReadIt() throws IOException {
    for (Locale locale : MessageCatalog.SHIPPED_LOCALES) {
      String resource = "/" + MessageCatalog.BUILT_IN_BASE + dev.posdx.i18n.LocaleFallback.bundleSuffix(locale) + ".properties";
      byte[] bytes;
      try (InputStream in = MessageCatalog.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        bytes = in.readAllBytes();
      }
      Map<String, Message> read = BundleReader.read(resource, bytes);
      assertThat(read).as(resource).hasSizeGreaterThan(5);
      assertThat(outcome(() -> read)).as(resource).isEqualTo(outcome(() -> BundleReaderOracle.read(resource, bytes)));
    }
  }

  // The bytes with another sequence put in at an offset; -1 puts nothing in.
  private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
    if (at < 0 || at > bytes.length) {
      return bytes;
    }
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  // The messages in order, or the problems in order: what a caller of either reader can tell apart.
  private static List<Object> outcome(Read read) {
    try {
      return new ArrayList<>(read.messages().values());
    } catch (BundleException e) {
      List<Object> problems = new ArrayList<>();
      problems.add("problems");
      for (BundleProblem p : e.problems()) {
        problems.add(p);
      }
      return problems;
    }
  }

  @FunctionalInterface
  private interface Read {
    Map<String, Message> messages();
  }
}
