package dev.posdx.rules.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.io.ByteStreams;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import dev.posdx.rules.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The base of a built-in pack's provider: it reads the pack's compiled form, which the build
 * wrote from the YAML source after validating it and running its examples, so no parser runs.
 * The pack is read once, on first use; a bad resource fails every call with a
 * {@link RulePackException} naming it and the byte offset. Thread-safe.
 */
public abstract class BuiltInPackProvider implements RulePackProvider {

  private final String resource;
  private final Supplier<List<RulePack>> packs;

  /** @param packId the built-in pack's id, which names its compiled resource */
  protected BuiltInPackProvider(String packId) {
    this.resource = CompiledForm.builtInPack(packId);
    // A failure is not memoized: every call reports it.
    this.packs = Suppliers.memoize(() -> List.of(CompiledPackReader.readPack(resource, bytes(getClass(), resource))));
  }

  @Override
  @SuppressWarnings("NullAway") // Guava's Supplier.get() reads as nullable outside JSpecify mode (JDK 17); the reader never returns null
  public final List<RulePack> packs() {
    return packs.get();
  }

  /** The compiled resource, such as {@code dev/posdx/rules/builtin/unionpay.bin}. */
  public final String resourcePath() {
    return resource;
  }

  /**
   * The bytes of a class-path resource, read through {@code owner} so that it works on any class
   * loader, Android's included.
   *
   * @throws IllegalStateException when the resource is missing: a packaging mistake
   */
  static byte[] bytes(Class<?> owner, String resource) {
    // Absolute: still resolves after R8 or ProGuard moves the class to another package.
    try (InputStream in = owner.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource " + resource + " is not on the class path: the posdx-rules jar is incomplete");
      }
      // InputStream.readAllBytes is not on Android API 26.
      return ByteStreams.toByteArray(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + resource, e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + resource + ")";
  }
}
