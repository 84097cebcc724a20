package dev.posdx.i18n;

import dev.posdx.i18n.internal.BundleCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks a {@link MessageCatalog.Builder} runs on what was added, over its layers as they
 * stand, and the lenient mode's dropping of faulty texts. Its own class, so that the standard
 * catalog (nothing added, nothing checked) never loads it.
 */
final class CatalogChecks {

  private final Map<Locale, List<BundleLayer>> layers;
  private final Map<Locale, Map<String, Message>> overrides;
  private final Map<Locale, String> sources;

  CatalogChecks(Map<Locale, List<BundleLayer>> layers, Map<Locale, Map<String, Message>> overrides, Map<Locale, String> sources) {
    this.layers = layers;
    this.overrides = overrides;
    this.sources = sources;
  }

  /** The locales something was added to or overridden in: the shipped bundles alone are trusted. */
  Set<Locale> addedTo() {
    Set<Locale> added = new HashSet<>(overrides.keySet());
    for (Map.Entry<Locale, List<BundleLayer>> e : layers.entrySet()) {
      for (BundleLayer layer : e.getValue()) {
        if (!layer.isShipped()) {
          added.add(e.getKey());
        }
      }
    }
    return added;
  }

  /**
   * Lenient: a faulty message is dropped from the layer it came from, so the text beneath it (the
   * shipped one, or the parent locale's) is used instead. Root texts are kept.
   */
  void dropFaulty(List<BundleProblem> problems) {
    for (BundleProblem p : problems) {
      for (Map.Entry<Locale, List<BundleLayer>> e : layers.entrySet()) {
        if (e.getKey().equals(LocaleFallback.ROOT)) {
          continue;
        }
        for (BundleLayer layer : e.getValue()) {
          layer.dropIfFrom(p.key(), p.source());
        }
        Map<String, Message> o = overrides.get(e.getKey());
        if (o != null && o.containsKey(p.key()) && o.get(p.key()).source().equals(p.source())) {
          o.remove(p.key());
        }
      }
    }
  }

  private Map<String, Message> merged(Locale locale) {
    List<BundleLayer> list = layers.get(locale);
    if (list == null) {
      throw new NullPointerException("no bundle layers for " + locale);
    }
    return LazyBundle.merged(list, overrides.getOrDefault(locale, Map.of()));
  }

  /** Every problem of the given locales' merged bundles. */
  List<BundleProblem> check(Set<Locale> locales) {
    List<BundleProblem> problems = new ArrayList<>();
    if (locales.isEmpty()) {
      return problems;
    }
    Map<String, Message> root = merged(LocaleFallback.ROOT);
    if (locales.contains(LocaleFallback.ROOT)) {
      problems.addAll(BundleCheck.checkRoot(root));
    }
    for (Locale locale : layers.keySet()) {
      if (!locale.equals(LocaleFallback.ROOT) && locales.contains(locale)) {
        String source = sources.get(locale);
        if (source == null) {
          throw new NullPointerException("no source recorded for " + locale);
        }
        problems.addAll(BundleCheck.checkTranslation(locale, merged(locale), inherited(locale), root, source));
      }
    }
    return problems;
  }

  // A regional bundle (zh-Hant-HK, en-US) may hold only what differs from its parents of the
  // same language: their messages count as present.
  private Map<String, Message> inherited(Locale locale) {
    Map<String, Message> inherited = new LinkedHashMap<>();
    List<Locale> chain = LocaleFallback.chain(locale);
    for (int i = chain.size() - 1; i >= 1; i--) {
      Locale parent = chain.get(i);
      if (parent.getLanguage().equals(locale.getLanguage()) && layers.containsKey(parent)) {
        inherited.putAll(merged(parent));
      }
    }
    return inherited;
  }
}
