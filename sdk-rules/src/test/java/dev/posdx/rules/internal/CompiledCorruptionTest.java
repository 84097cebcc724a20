package dev.posdx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.posdx.core.rule.RulePack;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Whatever happens to a compiled resource (cut short, one byte changed, another format version),
 * reading it gives the one clear error naming the resource and a byte offset, never a crash
 * elsewhere and never a silently different pack.
 */
class CompiledCorruptionTest {

  private static final Pattern NAMES_OFFSET = Pattern.compile(".*compiled resource [^ ]+ .* \\(at byte \\d+\\).*", Pattern.DOTALL);

  // A small pack and the catalog keep the sweep of every byte fast; both are real compiled resources.
  private static final List<String> RESOURCES = List.of(CompiledForm.builtInPack("operator"), CompiledForm.BUILT_IN_CATALOG);

  private static Function<byte[], Object> readerFor(String resource) {
    return resource.equals(CompiledForm.BUILT_IN_CATALOG)
        ? bytes -> CompiledPackReader.readCatalog(resource, bytes)
        : bytes -> CompiledPackReader.readPack(resource, bytes);
  }

  @Test
  void everyTruncationGivesTheClearError() {
    for (String resource : RESOURCES) {
      byte[] whole = CompiledPacksTest.compiledResource(resource);
      for (int length = 0; length < whole.length; length++) {
        assertClearError(resource, readerFor(resource), Arrays.copyOf(whole, length), "truncated to " + length);
      }
    }
  }

  @Test
  void everySingleByteCorruptionGivesTheClearError() {
    for (String resource : RESOURCES) {
      byte[] whole = CompiledPacksTest.compiledResource(resource);
      for (int i = 0; i < whole.length; i++) {
        for (int flip : new int[] {0x01, 0x80, 0xFF}) {
          byte[] bad = whole.clone();
          bad[i] ^= (byte) flip;
          assertClearError(resource, readerFor(resource), bad, "byte " + i + " xor " + flip);
        }
      }
    }
  }

  @Test
  void aStructurallyBadBodyBehindAValidChecksumStillGivesAPackOrTheClearError() {
    // The checksum catches accidents; this is what the reader does behind it, byte by byte.
    String resource = CompiledForm.builtInPack("operator");
    byte[] whole = CompiledPacksTest.compiledResource(resource);
    for (int i = CompiledForm.HEADER_BYTES; i < whole.length - CompiledForm.CHECKSUM_BYTES; i++) {
      for (int flip : new int[] {0x01, 0x7F, 0xFF}) {
        byte[] bad = whole.clone();
        bad[i] ^= (byte) flip;
        reseal(bad);
        // Examples are read on first use, so the sweep asks for them too.
        Throwable thrown = catchThrowable(() -> readWithExamples(resource, bad));
        if (thrown != null) {
          assertThat(thrown).as("byte %s xor %s", i, flip).isInstanceOf(dev.posdx.rules.RulePackException.class);
          assertThat(thrown.getMessage()).as("byte %s xor %s", i, flip).matches(NAMES_OFFSET);
        }
      }
    }
  }

  private static int readWithExamples(String resource, byte[] bytes) {
    int examples = 0;
    for (dev.posdx.core.rule.Rule rule : CompiledPackReader.readPack(resource, bytes).rules()) {
      examples += rule.examples().size();
    }
    return examples;
  }

  @Test
  void anotherFormatVersionIsNamed() {
    String resource = CompiledForm.builtInPack("operator");
    byte[] bad = CompiledPacksTest.compiledResource(resource).clone();
    bad[5] = (byte) (CompiledForm.FORMAT_VERSION + 1);
    reseal(bad);
    assertThat(catchThrowable(() -> CompiledPackReader.readPack(resource, bad)))
        .hasMessageContaining(resource)
        .hasMessageContaining("format version " + (CompiledForm.FORMAT_VERSION + 1))
        .hasMessageContaining("reads version " + CompiledForm.FORMAT_VERSION)
        .hasMessageContaining("at byte 4");
  }

  @Test
  void theUntouchedResourceReads() {
    RulePack pack = CompiledPackReader.readPack("operator", CompiledPacksTest.compiledResource(CompiledForm.builtInPack("operator")));
    assertThat(pack.id()).isEqualTo("operator");
  }

  private static void assertClearError(String resource, Function<byte[], Object> reader, byte[] bytes, String what) {
    Throwable thrown = catchThrowable(() -> reader.apply(bytes));
    assertThat(thrown).as(what).isInstanceOf(dev.posdx.rules.RulePackException.class);
    assertThat(thrown.getMessage()).as(what).contains(resource).matches(NAMES_OFFSET);
  }

  /** Writes the CRC of the bytes before it, so that only the reader's own checks can refuse them. */
  static void reseal(byte[] bytes) {
    int end = bytes.length - CompiledForm.CHECKSUM_BYTES;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, end);
    int v = (int) crc.getValue();
    bytes[end] = (byte) (v >>> 24);
    bytes[end + 1] = (byte) (v >>> 16);
    bytes[end + 2] = (byte) (v >>> 8);
    bytes[end + 3] = (byte) v;
  }
}
