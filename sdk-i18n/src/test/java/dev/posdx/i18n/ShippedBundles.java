package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.posdx.i18n.internal.BundleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every message bundle on the test class path, found by listing its directory, not by a fixed list. */
final class ShippedBundles {

  private static final Pattern NAME = Pattern.compile("messages((?:_[A-Za-z0-9]+)*)\\.properties");

  private ShippedBundles() {}

  /** The bundle files by locale, the root first; found in the directory the root bundle is in. */
  static Map<Locale, Path> files() {
    URL root = ShippedBundles.class.getClassLoader().getResource(MessageCatalog.BUILT_IN_BASE + ".properties");
    assertThat(root).as("the root bundle on the class path").isNotNull();
    Path dir;
    try {
      dir = Path.of(root.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ImmutableMap.Builder<Locale, Path> files = ImmutableMap.builder();
    try (Stream<Path> list = Files.list(dir)) {
      list.sorted().forEach(p -> {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          String suffix = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
          files.put(LocaleFallback.ofBundleSuffix(suffix), p);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.buildOrThrow();
  }

  /** The root bundle's messages, read strictly. */
  static Map<String, Message> root() {
    return read(LocaleFallback.ROOT);
  }

  /**
   * The messages a regional bundle (zh-Hant-HK, es-ES) inherits from its parents of the same
   * language; empty for a full translation.
   */
  static Map<String, Message> inherited(Locale locale) {
    Map<String, Message> inherited = new java.util.LinkedHashMap<>();
    java.util.List<Locale> chain = LocaleFallback.chain(locale);
    for (int i = chain.size() - 1; i >= 1; i--) {
      Locale parent = chain.get(i);
      if (parent.getLanguage().equals(locale.getLanguage()) && files().containsKey(parent) && !parent.equals(locale)) {
        inherited.putAll(read(parent));
      }
    }
    return inherited;
  }

  /** What a reader of {@code locale} gets from the shipped files: its own messages over its parents'. */
  static Map<String, Message> merged(Locale locale) {
    Map<String, Message> merged = new java.util.LinkedHashMap<>(inherited(locale));
    merged.putAll(read(locale));
    return merged;
  }

  static Map<String, Message> read(Locale locale) {
    Path file = files().get(locale);
    try (InputStream in = Files.newInputStream(file)) {
      return BundleReader.read(file.getFileName().toString(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
