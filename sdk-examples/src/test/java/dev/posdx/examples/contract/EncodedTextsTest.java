package dev.posdx.examples.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A text written through the kept encodings is byte for byte what the generator writes for the
 * masked text (or the text itself, verbatim), whether it was kept before, is kept now, or is not
 * kept: card numbers, escapes, CJK, surrogate pairs and lone surrogates, long texts, a full cache.
 */
class EncodedTextsTest {

  // Pieces a text is built from: what output texts hold, and what JSON escaping and masking must handle.
  private static final String[] PIECES = {
      "a", "Z", " ", "-", ".", "\"", "\\", "/", "\n", "\t", "\u0001", "\u007f", "é", "支付", "。", "，", "（",
      "\uD83D\uDE00", "\uD83D", "\uDE00", "4111111111111111", "4111 1111 1111 1111", "6222021234567890128",
      "622202******0128", "95588", "2026-02-15T12:30:00+08:00", "12345678901", "0", "7", "PT30M", "<", "&", "\u2028"};

  // A text per seed: the same seed gives the same text, so examples repeat texts and hit the cache.
  private static String text(int seed) {
    Random random = new Random(seed);
    int pieces = seed % 97 == 0 ? 400 : random.nextInt(12); // now and then longer than MAX_LENGTH
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private static String written(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonLines.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      g.writeStartObject();
      writing.write(g);
      g.writeEndObject();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  private static void assertWritesAsTheGenerator(EncodedTexts texts, String text) throws IOException {
    String kept = written(g -> {
      texts.writeMasked(g, new SerializedString("text"), text);
      texts.writeVerbatim(g, new SerializedString("id"), text);
    });
    String fresh = written(g -> {
      g.writeStringField("text", PanRedactor.redact(text));
      g.writeStringField("id", text);
    });
    assertThat(kept).as("text of seed with %s chars", text.length()).isEqualTo(fresh);
  }

  @Test
  void keptTextsAreWrittenAsTheGeneratorWritesThem() {
    EncodedTexts texts = new EncodedTexts(); // one instance: later examples read what earlier ones kept
    qt().withExamples(Integer.getInteger("posdx.qt.examples", 3_000))
        .forAll(integers().between(0, 600))
        .checkAssert(seed -> {
          try {
            assertWritesAsTheGenerator(texts, text(seed));
            assertWritesAsTheGenerator(texts, text(seed)); // the second time from what was kept
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void aFullCacheStillWritesEveryTextAndStaysBounded() throws IOException {
    EncodedTexts texts = new EncodedTexts();
    for (int i = 0; i < 3 * EncodedTexts.MAX_KEPT; i++) {
      assertWritesAsTheGenerator(texts, "text " + i + " " + text(i));
    }
    assertThat(texts.size()).isLessThanOrEqualTo(2 * EncodedTexts.MAX_KEPT);
    assertWritesAsTheGenerator(texts, "4111111111111111 after the cache is full");
  }
}
