package dev.posdx.rules.internal;

import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import dev.posdx.rules.RulePackException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base of a built-in pack's provider: it reads the pack's compiled form, which the build
 * wrote from the YAML source after validating it and running its examples, so no parser runs.
 * The pack is read once, on first use; a bad resource fails every call with a
 * {@link RulePackException} naming it and the byte offset. Thread-safe.
 */
public abstract class BuiltInPackProvider implements RulePackProvider {

  private final String resource;
  // Read on first use; a failure is not kept: every call reports it. Not Suppliers.memoize: its
  // lambda and Guava classes would be spun and loaded at start-up.
  private volatile @Nullable List<RulePack> packs;
  private final Object lock = new Object();

  /** @param packId the built-in pack's id, which names its compiled resource */
  protected BuiltInPackProvider(String packId) {
    this.resource = CompiledForm.builtInPack(packId);
  }

  @Override
  public final List<RulePack> packs() {
    List<RulePack> read = packs;
    if (read == null) {
      synchronized (lock) {
        read = packs;
        if (read == null) {
          read = List.of(CompiledPackReader.readPack(resource, bytes(getClass(), resource)));
          packs = read;
        }
      }
    }
    return read;
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
      // InputStream.readAllBytes is not on Android API 26; Guava's ByteStreams loads eight classes.
      ByteArrayOutputStream all = new ByteArrayOutputStream(8192);
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + resource, e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + resource + ")";
  }
}
