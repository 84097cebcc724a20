package dev.posdx.i18n;

import dev.posdx.i18n.internal.Bundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One locale's bundle in a built catalog: its layers merged and parsed on first use, then kept.
 * Not a Guava memoizing supplier: its lambda and classes would be made at start-up.
 */
final class LazyBundle {
  private final List<BundleLayer> layers;
  private final Map<String, Message> overrides;
  private final boolean known; // built by a builder, which keeps only what is there
  private volatile @Nullable Bundle bundle;

  private LazyBundle(List<BundleLayer> layers, Map<String, Message> overrides, boolean known) {
    this.layers = layers;
    this.overrides = overrides;
    this.known = known;
  }

  /** A locale a builder has layers or overrides for: it has a bundle, even an empty one. */
  static LazyBundle of(List<BundleLayer> layers, Map<String, Message> overrides) {
    return new LazyBundle(layers, overrides, true);
  }

  /** A shipped locale whose file is looked up when the locale is first asked about. */
  static LazyBundle ifPresent(BundleLayer shipped) {
    return new LazyBundle(List.of(shipped), Map.of(), false);
  }

  /** Whether the locale has a bundle: always for a builder's, and when its file is found for a lazy shipped one. */
  boolean present() {
    return known || layers.get(0).present();
  }

  Bundle get() {
    Bundle b = bundle;
    if (b == null) {
      synchronized (this) {
        b = bundle;
        if (b == null) {
          // One layer alone (a shipped locale nothing was added to) needs no merging; a layer's map
          // is never changed once read (dropIfFrom replaces it), so the bundle may hold it.
          b = Bundle.of(layers.size() == 1 && overrides.isEmpty() ? layers.get(0).messages() : merged(layers, overrides));
          bundle = b;
        }
      }
    }
    return b;
  }

  /** The layers' messages in order, a later layer's key winning, then the overrides. */
  static Map<String, Message> merged(List<BundleLayer> list, Map<String, Message> overrides) {
    Map<String, Message> m = new LinkedHashMap<>();
    for (BundleLayer layer : list) {
      m.putAll(layer.messages());
    }
    m.putAll(overrides);
    return m;
  }
}
