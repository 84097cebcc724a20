package dev.posdx.rules;

import static com.google.common.base.Preconditions.checkArgument;

import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base of a provider that supplies one pack of your own from one YAML or JSON file next to it,
 * read at run time (so with Jackson, which posdx-rules declares optional: add it). The resource is
 * read through the subclass, so it works on any class loader, Android's included:
 *
 * <pre>{@code
 * public final class StorePack extends ResourcePackProvider {
 *   public StorePack() {
 *     super("/com/example/packs/store.yaml");
 *   }
 * }
 * }</pre>
 *
 * <p>Give the path absolute, as above: a name relative to the subclass's package stops resolving
 * when R8 or ProGuard moves the class to another package, and the data file does not move.
 *
 * <p>and one line, the subclass's name, in {@code
 * META-INF/services/dev.posdx.core.spi.RulePackProvider}. The pack is read once, on first use;
 * a bad pack fails every call with a {@link RulePackException}. Thread-safe.
 *
 * @since 0.1
 */
public abstract class ResourcePackProvider implements RulePackProvider {

  private final String resource;
  private final RulePackReader reader;
  private volatile @Nullable List<RulePack> packs;

  /** @param resource the data file's name, relative to the subclass's package unless it starts with '/' */
  protected ResourcePackProvider(String resource) {
    this(resource, RulePackReader.standard());
  }

  /**
   * @param resource the data file's name, relative to the subclass's package unless it starts with '/'
   * @param reader the reader whose limits apply to the file
   * @throws IllegalArgumentException if {@code resource} is blank
   */
  protected ResourcePackProvider(String resource, RulePackReader reader) {
    checkArgument(!resource.isBlank(), "a pack resource needs a name");
    this.resource = resource;
    this.reader = reader;
  }

  /**
   * The one pack of the resource.
   *
   * @throws RulePackException naming the resource, line and field when the data is bad
   * @throws IllegalStateException when the resource is missing: a packaging mistake
   */
  @Override
  public final List<RulePack> packs() {
    List<RulePack> read = packs;
    if (read == null) {
      synchronized (this) {
        read = packs;
        if (read == null) {
          read = List.of(read());
          packs = read;
        }
      }
    }
    return read;
  }

  /** {@return the resource's full path, such as {@code com/example/packs/store.yaml}, as errors name it} */
  public final String resourcePath() {
    if (resource.startsWith("/")) {
      return resource.substring(1);
    }
    // Class.getPackageName() is not on Android API 26.
    String name = getClass().getName();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? resource : name.substring(0, dot).replace('.', '/') + "/" + resource;
  }

  private RulePack read() {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "pack resource " + resourcePath() + " of " + getClass().getName() + " is not on the class path");
      }
      return reader.read(resourcePath(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack resource " + resourcePath(), e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + resourcePath() + ")";
  }
}
