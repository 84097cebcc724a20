package dev.posdx.rules.internal;

import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackException.Location;
import dev.posdx.rules.RulePackException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Reads the primitives of the compiled form after checking its frame (see {@link CompiledForm}).
 * Every failure is a {@link RulePackException} naming the resource and the byte offset; nothing
 * else escapes. Not thread-safe: one per resource read.
 */
final class CompiledInput {

  private final String resource;
  private final byte[] bytes;
  private final int end;
  private String[] strings = new String[0];
  private int limit;
  private int at;

  /**
   * Checks the frame and reads the string table.
   *
   * @throws RulePackException MALFORMED naming the resource and offset when the bytes are not a
   *     whole compiled form of this format version and kind
   */
  CompiledInput(String resource, byte[] bytes, int kind) {
    this.resource = resource;
    this.bytes = bytes;
    this.limit = bytes.length;
    int headerEnd = CompiledForm.HEADER_BYTES;
    if (bytes.length < headerEnd + CompiledForm.CHECKSUM_BYTES) {
      for (int i = 0; i < Math.min(bytes.length, CompiledForm.MAGIC.length); i++) {
        if (bytes[i] != CompiledForm.MAGIC[i]) {
          throw corrupt(i, "does not start with the compiled form's magic PDXC");
        }
      }
      throw corrupt(bytes.length, "is truncated: " + bytes.length + " bytes, shorter than the header and checksum");
    }
    for (int i = 0; i < CompiledForm.MAGIC.length; i++) {
      if (bytes[i] != CompiledForm.MAGIC[i]) {
        throw corrupt(i, "does not start with the compiled form's magic PDXC");
      }
    }
    at = CompiledForm.MAGIC.length;
    int version = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    if (version != CompiledForm.FORMAT_VERSION) {
      throw corrupt(at, "has format version " + version + ", and this posdx-rules reads version " + CompiledForm.FORMAT_VERSION
          + ": rebuild it with the same posdx-rules");
    }
    at += 2;
    int actualKind = bytes[at] & 0xFF;
    if (actualKind != kind) {
      throw corrupt(at, "holds kind " + actualKind + " where kind " + kind + " (" + (kind == CompiledForm.KIND_PACK ? "a pack" : kind == CompiledForm.KIND_CATALOG ? "a cause catalog" : "an issuer table") + ") was expected");
    }
    at += 1;
    long length = int32() & 0xFFFFFFFFL;
    long expectedEnd = headerEnd + length;
    if (expectedEnd + CompiledForm.CHECKSUM_BYTES != bytes.length) {
      throw corrupt(CompiledForm.HEADER_BYTES - 4, "declares " + length + " bytes of content, so " + (expectedEnd + CompiledForm.CHECKSUM_BYTES)
          + " in all, but has " + bytes.length + (expectedEnd + CompiledForm.CHECKSUM_BYTES > bytes.length ? " (truncated)" : " (trailing bytes)"));
    }
    this.end = (int) expectedEnd;
    this.limit = end;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, end);
    int stored = ((bytes[end] & 0xFF) << 24) | ((bytes[end + 1] & 0xFF) << 16) | ((bytes[end + 2] & 0xFF) << 8) | (bytes[end + 3] & 0xFF);
    if ((int) crc.getValue() != stored) {
      throw corrupt(end, "fails its CRC-32 check (some byte before offset " + end + " is corrupt)");
    }
    int count = int32();
    if (count < 0 || count > end - at) {
      throw corrupt(at - 4, "declares " + count + " strings, more than its bytes can hold");
    }
    strings = new String[count];
    for (int i = 0; i < count; i++) {
      int start = at;
      int size = int32();
      if (size < 0 || size > end - at) {
        throw corrupt(start, "declares a string of " + size + " bytes, past the end of the content");
      }
      strings[i] = new String(bytes, at, size, StandardCharsets.UTF_8);
      at += size;
    }
  }

  private CompiledInput(CompiledInput whole, int start, int end) {
    this.resource = whole.resource;
    this.bytes = whole.bytes;
    this.strings = whole.strings;
    this.end = end;
    this.limit = end;
    this.at = start;
  }

  /**
   * A reader of the {@code length} bytes at {@code start}, a block of this resource already
   * checked with it: it shares the string table, and {@link #finish} checks the block's end.
   */
  CompiledInput block(int start, int length) {
    return new CompiledInput(this, start, start + length);
  }

  /** Skips {@code n} bytes, such as a block read later. */
  void skip(int n) {
    need(n);
    at += n;
  }

  /** The current byte offset, for messages. */
  int offset() {
    return at;
  }

  int u8() {
    need(1);
    return bytes[at++] & 0xFF;
  }

  boolean bool() {
    int start = at;
    int b = u8();
    if (b > 1) {
      throw corrupt(start, "holds " + b + " where a boolean (0 or 1) was expected");
    }
    return b == 1;
  }

  int varint() {
    int start = at;
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = u8();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          break;
        }
        return value;
      }
    }
    throw corrupt(start, "holds a malformed count or index");
  }

  /** A count of items that each take at least one byte: never more than the bytes left. */
  int count() {
    int start = at;
    int n = varint();
    if (n > end - at) {
      throw corrupt(start, "declares " + n + " items, more than the " + (end - at) + " bytes left can hold");
    }
    return n;
  }

  /** An index into a table of {@code size} {@code what}s read earlier. */
  int index(int size, String what) {
    int start = at;
    int index = varint();
    if (index >= size) {
      throw corrupt(start, "refers to " + what + " " + index + " of a table of " + size);
    }
    return index;
  }

  long int64() {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[at++] & 0xFF);
    }
    return v;
  }

  String string() {
    int start = at;
    int index = varint();
    if (index >= strings.length) {
      throw corrupt(start, "refers to string " + index + " of a table of " + strings.length);
    }
    return strings[index];
  }

  <E extends Enum<E>> E name(Class<E> type) {
    int start = at;
    String name = string();
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw corrupt(start, "names " + type.getSimpleName() + " " + name + ", which this posdx-core does not have");
    }
  }

  /** Fails unless every byte of the content was read. */
  void finish() {
    if (at != end) {
      throw corrupt(at, "has " + (end - at) + " unread bytes after its content");
    }
  }

  /** A failure at {@code offset}, such as a model constructor refusing the values read there. */
  RulePackException corrupt(int offset, String what) {
    return new RulePackException(
        Reason.MALFORMED,
        Location.of(resource, ""),
        "compiled resource " + resource + " " + what + " (at byte " + offset + "); it is built from the pack sources by"
            + " posdx-rules' build, so rebuild the jar");
  }

  private int int32() {
    need(4);
    int v = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    at += 4;
    return v;
  }

  private void need(int n) {
    if (at + n > limit) {
      throw corrupt(at, "ends early: " + n + " more bytes were needed");
    }
  }
}
