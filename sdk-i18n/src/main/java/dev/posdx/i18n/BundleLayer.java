package dev.posdx.i18n;

import dev.posdx.i18n.internal.BundleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One bundle file's messages in a catalog or its builder: an added one as read, a shipped one read
 * when first needed, then kept. Whether a shipped file is on the class path is learnt by looking
 * it up; the standard catalog does that only when the locale is first asked about.
 */
final class BundleLayer {

  private final boolean shipped;
  private final @Nullable ClassLoader loader;
  private final String resource;
  private @Nullable Boolean present; // a shipped file: null until looked up
  private @Nullable URL found; // where a lazily looked-up file was found: read from there, not looked up again
  private @Nullable Map<String, Message> messages;

  private BundleLayer(boolean shipped, @Nullable ClassLoader loader, String resource, @Nullable Boolean present,
      @Nullable Map<String, Message> messages) {
    this.shipped = shipped;
    this.loader = loader;
    this.resource = resource;
    this.present = present;
    this.messages = messages;
  }

  /** A shipped file already found on the class path. */
  static BundleLayer shipped(@Nullable ClassLoader loader, String resource) {
    return new BundleLayer(true, loader, resource, Boolean.TRUE, null);
  }

  /** A shipped file not looked up yet: {@link #present()} looks it up once. */
  static BundleLayer shippedIfPresent(@Nullable ClassLoader loader, String resource) {
    return new BundleLayer(true, loader, resource, null, null);
  }

  static BundleLayer added(Map<String, Message> messages) {
    return new BundleLayer(false, null, "", Boolean.TRUE, new LinkedHashMap<>(messages));
  }

  boolean isShipped() {
    return shipped;
  }

  /** Whether the file is there: always for an added one; a shipped one is looked up once. */
  synchronized boolean present() {
    Boolean p = present;
    if (p == null) {
      found = find(loader, resource);
      p = found != null;
      present = p;
    }
    return p;
  }

  // Called from a catalog's lazy bundle, so at most one thread reads a shipped file.
  synchronized Map<String, Message> messages() {
    Map<String, Message> m = messages;
    if (m == null) {
      m = readShipped(found != null ? found : find(loader, resource), resource);
      messages = m;
    }
    return m;
  }

  // A file that cannot be read adds its problems and no messages.
  synchronized void readNow(List<BundleProblem> problems) {
    try {
      messages();
    } catch (BundleException e) {
      problems.addAll(e.problems());
      messages = new LinkedHashMap<>();
    }
  }

  synchronized void dropIfFrom(String key, String source) {
    if (isShipped() && messages == null) {
      return; // not read, so not checked: no problem can come from it
    }
    Map<String, Message> m = messages();
    Message message = m.get(key);
    if (message != null && message.source().equals(source)) {
      // A copy, not in place: a catalog built before may hold this map as its bundle.
      Map<String, Message> dropped = new LinkedHashMap<>(m);
      dropped.remove(key);
      messages = dropped;
    }
  }

  // A shipped bundle file through the given loader, or through the catalog's class when there is
  // none: a named module's loader hides the module's own resources.
  static @Nullable URL find(@Nullable ClassLoader loader, String resource) {
    return loader == null ? MessageCatalog.class.getResource("/" + resource) : loader.getResource(resource);
  }

  private static Map<String, Message> readShipped(@Nullable URL url, String resource) {
    if (url == null) {
      throw new IllegalStateException("the bundle " + resource + " is no longer on the class path");
    }
    try (InputStream in = url.openStream()) {
      return BundleReader.read(resource, readAll(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Every byte of a stream. InputStream.readAllBytes is not on Android API 26; Guava's ByteStreams loads eight classes. */
  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream(16384);
    byte[] buffer = new byte[16384];
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      all.write(buffer, 0, n);
    }
    return all.toByteArray();
  }
}
