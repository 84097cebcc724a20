package dev.posdx.rules.internal;

/**
 * The compiled form of the built-in packs and cause catalog: what the build writes and the
 * embedded path reads, so that no YAML parser runs on a terminal. The layout, big-endian:
 *
 * <pre>
 * magic "PDXC" · u16 format version · u8 kind (1 pack, 2 catalog, 3 issuer table) · u32 length of what follows
 * up to the checksum · string table (u32 count, then u32 byte length + UTF-8 each) · body ·
 * u32 CRC-32 of every byte before it
 * </pre>
 *
 * <p>In the body, counts and string-table indexes are unsigned LEB128 varints, enums are written
 * by name (through the table) so that a posdx-core with reordered constants still reads them,
 * and optional values start with a presence byte. A rule's examples are a block preceded by its
 * byte length (version 2), which the run time skips until they are asked for. A pack's distinct
 * matchers and conclusions come first, each once, in two tables; a rule names them by index
 * (version 3). Bump
 * {@link #FORMAT_VERSION} on any change.
 */
public final class CompiledForm {

  static final byte[] MAGIC = {'P', 'D', 'X', 'C'};
  /** The one version this reader reads; the build writes it. */
  public static final int FORMAT_VERSION = 3;
  static final int KIND_PACK = 1;
  static final int KIND_CATALOG = 2;
  static final int KIND_ISSUERS = 3;
  /** magic, version, kind, length. */
  static final int HEADER_BYTES = 4 + 2 + 1 + 4;
  static final int CHECKSUM_BYTES = 4;

  /** Where the build writes the built-in packs' compiled forms: an absolute path, so R8 renaming our packages does not lose them. */
  public static final String BUILT_IN_DIRECTORY = "dev/posdx/rules/builtin/";
  /** The built-in cause catalog's compiled form. */
  public static final String BUILT_IN_CATALOG = BUILT_IN_DIRECTORY + "causes.bin";

  private CompiledForm() {}

  /** The resource of a built-in pack's compiled form, such as {@code dev/posdx/rules/builtin/unionpay.bin}. */
  public static String builtInPack(String packId) {
    return BUILT_IN_DIRECTORY + packId + ".bin";
  }
}
