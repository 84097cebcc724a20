package dev.posdx.rules.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the primitives of the compiled form and frames them: magic, format version, kind, body
 * length, a string table (each distinct string once), the body, and a CRC-32 of all before it.
 * Build-time only. Not thread-safe.
 */
final class CompiledOutput {

  private final ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
  private final DataOutputStream body = new DataOutputStream(bodyBytes);
  private final Map<String, Integer> interned;
  private final List<String> table;

  CompiledOutput() {
    this(new HashMap<>(), new ArrayList<>());
  }

  private CompiledOutput(Map<String, Integer> interned, List<String> table) {
    this.interned = interned;
    this.table = table;
  }

  /** An output for a block of this one's body: it shares the string table; see {@link #block}. */
  CompiledOutput blockOutput() {
    return new CompiledOutput(interned, table);
  }

  /** Writes what {@code block} holds, preceded by its byte length, so a reader can skip it. */
  void block(CompiledOutput block) {
    try {
      block.body.flush();
      varint(block.bodyBytes.size());
      block.bodyBytes.writeTo(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the body written so far}, such as a block's, to find blocks that are the same */
  byte[] bodyBytes() {
    try {
      body.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bodyBytes.toByteArray();
  }

  /** Writes {@code bytes}, a block's body from {@link #bodyBytes}, as they are: no length before them. */
  void raw(byte[] bytes) {
    try {
      body.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void varint(int value) {
    checkArgument(value >= 0, "the compiled form writes no negative count or index, got %s", value);
    try {
      int v = value;
      while ((v & ~0x7F) != 0) {
        body.writeByte((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      body.writeByte(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void bool(boolean value) {
    u8(value ? 1 : 0);
  }

  void u8(int value) {
    try {
      body.writeByte(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void int64(long value) {
    try {
      body.writeLong(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void string(String value) {
    Integer index = interned.get(value);
    if (index == null) {
      index = table.size();
      interned.put(value, index);
      table.add(value);
    }
    varint(index);
  }

  <E extends Enum<E>> void name(E value) {
    string(value.name());
  }

  /** The framed bytes: header, string table, body, checksum. */
  byte[] finish(int kind) {
    try {
      ByteArrayOutputStream all = new ByteArrayOutputStream(bodyBytes.size() + 1024);
      DataOutputStream out = new DataOutputStream(all);
      ByteArrayOutputStream strings = new ByteArrayOutputStream();
      DataOutputStream s = new DataOutputStream(strings);
      s.writeInt(table.size());
      for (String value : table) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        s.writeInt(utf8.length);
        s.write(utf8);
      }
      body.flush();
      out.write(CompiledForm.MAGIC);
      out.writeShort(CompiledForm.FORMAT_VERSION);
      out.writeByte(kind);
      out.writeInt(strings.size() + bodyBytes.size());
      strings.writeTo(out);
      bodyBytes.writeTo(out);
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(all.toByteArray());
      out.writeInt((int) crc.getValue());
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
