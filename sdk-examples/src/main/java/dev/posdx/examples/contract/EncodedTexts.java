package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * String values as the output's generator writes them, masked and encoded once. A run writes the
 * same few hundred texts (messages, step texts, cause ids, pack ids) on every line, so each
 * distinct text is masked by {@link PanRedactor} and escaped to UTF-8 once, then copied. The bytes
 * are made by a generator of the output's own factory, so they are the ones it would write.
 * Bounded: past {@link #MAX_KEPT} texts, or for a text longer than {@link #MAX_LENGTH}, a value is
 * written as before, without being kept. A text holding a card-number-like run is never kept: it
 * is masked on every line. Thread-safe.
 */
final class EncodedTexts {

  static final int MAX_KEPT = 2048;
  static final int MAX_LENGTH = 512;

  private final ConcurrentHashMap<String, byte[]> masked = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, byte[]> verbatim = new ConcurrentHashMap<>();

  /**
   * Writes {@code "name": "text"} with the text masked, as {@code g.writeStringField(name,
   * PanRedactor.redact(text))} would.
   */
  void writeMasked(JsonGenerator g, SerializableString name, String text) throws IOException {
    g.writeFieldName(name);
    byte[] encoded = masked.get(text);
    if (encoded == null) {
      if (!fits(masked, text) || PanRedactor.holdsPan(text)) {
        g.writeString(PanRedactor.redact(text));
        return;
      }
      encoded = encode(PanRedactor.redact(text));
      masked.putIfAbsent(text, encoded);
    }
    g.writeRawUTF8String(encoded, 0, encoded.length);
  }

  /** Writes {@code "name": "text"} as {@code g.writeStringField(name, text)} would: for ids and enum names. */
  void writeVerbatim(JsonGenerator g, SerializableString name, String text) throws IOException {
    g.writeFieldName(name);
    byte[] encoded = verbatim.get(text);
    if (encoded == null) {
      if (!fits(verbatim, text)) {
        g.writeString(text);
        return;
      }
      encoded = encode(text);
      verbatim.putIfAbsent(text, encoded);
    }
    g.writeRawUTF8String(encoded, 0, encoded.length);
  }

  private static boolean fits(ConcurrentHashMap<String, byte[]> kept, String text) {
    return text.length() <= MAX_LENGTH && kept.size() < MAX_KEPT;
  }

  /** {@return how many texts are kept, masked and verbatim} */
  int size() {
    return masked.size() + verbatim.size();
  }

  // The bytes between the quotes that the output's generator writes for this string.
  private static byte[] encode(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 3 + 2);
    try (JsonGenerator g = JsonLines.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeString(text);
    }
    byte[] quoted = bytes.toByteArray();
    return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
  }
}
