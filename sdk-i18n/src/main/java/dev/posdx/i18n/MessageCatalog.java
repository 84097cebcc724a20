package dev.posdx.i18n;

import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.i18n.internal.Bundle;
import dev.posdx.i18n.internal.BundleCheck;
import dev.posdx.i18n.internal.BundleReader;
import dev.posdx.i18n.internal.PluralCategory;
import dev.posdx.i18n.internal.PluralRules;
import dev.posdx.i18n.internal.PreparedText;
import dev.posdx.i18n.internal.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every message of every locale, checked, with CLDR fallback. Immutable and thread-safe (the set
 * of missing texts it has reported grows, safely).
 *
 * <pre>{@code
 * MessageCatalog catalog = MessageCatalog.standard();              // the shipped bundles
 * MessageCatalog custom = MessageCatalog.builder()
 *     .addBuiltIns()
 *     .addDirectory(Path.of("/sdcard/posdx/lang"))                 // messages_sw.properties, ...
 *     .override(Locale.forLanguageTag("zh-Hans"), "step.call-issuer", "请拨打发卡行客服电话。")
 *     .build();                                                    // strict: throws on bad data
 * }</pre>
 *
 * <p>A key a locale lacks falls back along {@link LocaleFallback#chain} and is logged once; it
 * is never shown as a key.
 *
 * @since 0.1
 */
public final class MessageCatalog {

  // A holder, so SLF4J is looked up the first time something is logged, not at start-up.
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(MessageCatalog.class);
  }

  /** Where the shipped bundles live on the class path. */
  public static final String BUILT_IN_BASE = "dev/posdx/i18n/messages";

  /**
   * The shipped locales, by bundle suffix: English is the root; zh-Hant-HK, es-419 and es-ES are
   * regional bundles holding only what differs from their parent.
   */
  public static final List<Locale> SHIPPED_LOCALES = shippedLocales(
      "", "zh_Hans", "zh_Hant", "zh_Hant_HK", "ja", "ko", "th", "vi", "id", "ms", "es", "es_419", "es_ES", "pt_BR", "fr",
      "de", "ar");

  // A loop, not a stream: this runs at start-up, where each lambda and stream stage costs a class.
  private static List<Locale> shippedLocales(String... suffixes) {
    List<Locale> locales = new ArrayList<>(suffixes.length);
    for (String suffix : suffixes) {
      locales.add(LocaleFallback.ofBundleSuffix(suffix));
    }
    return Collections.unmodifiableList(locales);
  }

  // Per locale, its bundle: read and parsed on first use for a shipped locale nothing was added to.
  // The standard catalog also looks a shipped file up only when its locale is first asked about.
  private final Map<Locale, LazyBundle> bundles;
  private final Map<Locale, String> sources;
  private volatile @Nullable Set<Locale> locales; // those of the bundles that are there, when first asked
  private final Set<MissingText> missing = ConcurrentHashMap.newKeySet();
  private final Set<String> missingSeen = ConcurrentHashMap.newKeySet();
  // A named class, not a method reference: that would be spun into a class on the first render.
  private final PreparedText.MissingArgument argumentReports = new ArgumentReports();

  private MessageCatalog(Map<Locale, LazyBundle> bundles, Map<Locale, String> sources) {
    this.bundles = Collections.unmodifiableMap(new LinkedHashMap<>(bundles));
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /**
   * The shipped bundles, loaded once. The build has checked them ({@code ShippedBundlesTest}), so
   * they are not checked again here; a locale's bundle is read when it is first asked for.
   *
   * @return the shared catalog
   */
  public static MessageCatalog standard() {
    MessageCatalog catalog = standard;
    if (catalog == null) {
      synchronized (MessageCatalog.class) {
        catalog = standard;
        if (catalog == null) {
          catalog = shipped(null, BUILT_IN_BASE);
          standard = catalog;
        }
      }
    }
    return catalog;
  }

  // Not a holder class: a failing static initializer would poison the class for the JVM's life;
  // a failed load is not kept, so every call until one succeeds says what is wrong. Not a Guava
  // memoizing supplier: its lambda would be spun at start-up.
  private static volatile @Nullable MessageCatalog standard;

  /**
   * The shipped bundles alone, as {@code builder().addBuiltIns().build()} makes them, without the
   * builder: each locale's file is looked up when the locale is first asked about, not all 17 at
   * start-up. The root is looked up and read now.
   */
  static MessageCatalog shipped(@Nullable ClassLoader loader, String base) {
    Map<Locale, LazyBundle> bundles = new LinkedHashMap<>();
    Map<Locale, String> sources = new LinkedHashMap<>();
    for (Locale locale : SHIPPED_LOCALES) {
      String resource = base + LocaleFallback.bundleSuffix(locale) + ".properties";
      BundleLayer layer = BundleLayer.shippedIfPresent(loader, resource);
      if (locale.equals(LocaleFallback.ROOT) && !layer.present()) {
        throw new IllegalStateException("the root bundle " + resource + " is not on the class path");
      }
      bundles.put(locale, LazyBundle.ifPresent(layer));
      sources.put(locale, resource);
    }
    MessageCatalog catalog = new MessageCatalog(bundles, sources);
    Objects.requireNonNull(catalog.bundles.get(LocaleFallback.ROOT)).get(); // every text falls back to it: an unreadable one fails here
    return catalog;
  }

  /** {@return an empty builder: add the built-ins, your own bundles or both} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the locales that have a bundle, the root ({@code en}) first} */
  public Set<Locale> locales() {
    Set<Locale> present = locales;
    if (present == null) {
      Set<Locale> found = new LinkedHashSet<>();
      for (Map.Entry<Locale, LazyBundle> e : bundles.entrySet()) {
        if (e.getValue().present()) {
          found.add(e.getKey());
        }
      }
      present = Collections.unmodifiableSet(found);
      locales = present;
    }
    return present;
  }

  // Whether the locale has a bundle; a shipped file not looked up yet is looked up now.
  private boolean has(Locale locale) {
    LazyBundle bundle = bundles.get(locale);
    return bundle != null && bundle.present();
  }

  /**
   * The messages of one locale's bundle as loaded (vendor additions merged), if it has one.
   *
   * @param locale a bundle locale, as {@link #locales()} lists them
   * @return the messages by key; empty when the locale has no bundle of its own
   */
  public Optional<Map<String, Message>> bundle(Locale locale) {
    LazyBundle bundle = bundles.get(locale);
    return bundle == null || !bundle.present() ? Optional.empty() : Optional.of(bundle.get().messages());
  }

  /** The loaded bundle of a bundle locale, or null when the catalog has none for it. */
  @Nullable Bundle loaded(Locale bundleLocale) {
    LazyBundle bundle = bundles.get(bundleLocale);
    return bundle == null || !bundle.present() ? null : bundle.get();
  }

  /**
   * The first locale along {@code requested}'s fallback chain that has a bundle.
   *
   * @param requested the locale asked for
   * @return a bundle locale; the root ({@code en}) when nothing nearer has one
   */
  public Locale resolve(Locale requested) {
    if (!requested.getLanguage().equals("und") && has(requested)) {
      return requested; // a bundle's own locale heads its chain: skip building it
    }
    for (Locale candidate : LocaleFallback.chain(requested)) {
      if (has(candidate)) {
        return candidate;
      }
    }
    return LocaleFallback.ROOT;
  }

  /**
   * Whether {@code requested} has text of its own: a bundle other than the root, or English.
   *
   * @param requested the locale asked for
   * @return false when its text would come from the root
   */
  public boolean supports(Locale requested) {
    return requested.getLanguage().equals("en") || !resolve(requested).equals(LocaleFallback.ROOT);
  }

  /**
   * The text of {@code key} in {@code locale} as written, with its {@code {placeholders}},
   * falling back along the CLDR chain. When no bundle of the locale's language has it, that is
   * logged once and the root's text is used.
   *
   * @param locale the locale asked for
   * @param key the message key, such as {@code cause.issuer.refer.long}
   * @return the template; empty when no bundle has the key
   */
  public Optional<String> template(Locale locale, String key) {
    return Optional.ofNullable(parsed(locale, key)).map(Template::text);
  }

  /** The parsed template of {@code key}, as {@link #template}; null when no bundle has it. */
  @Nullable Template parsed(Locale locale, String key) {
    Locale first = null;
    for (Locale candidate : LocaleFallback.chain(locale)) {
      Bundle bundle = loaded(candidate);
      if (bundle == null) {
        continue;
      }
      if (first == null) {
        first = candidate;
      }
      Template t = bundle.template(key);
      if (t != null) {
        if (!candidate.getLanguage().equals(first.getLanguage())) {
          reportMissing(first, key, Optional.of(candidate));
        }
        return t;
      }
    }
    reportMissing(first == null ? LocaleFallback.ROOT : first, key, Optional.empty());
    return null;
  }

  /** The template of {@code key} for rendering, as {@link #template}; null when no bundle has it. */
  @Nullable PreparedText prepared(Locale locale, String key) {
    Template t = parsed(locale, key);
    return t == null ? null : new PreparedText(t, locale, key, argumentReports);
  }

  /**
   * The text of {@code key} with its placeholders filled; empty when no bundle has the key.
   *
   * @param locale the locale asked for
   * @param key the message key
   * @param arguments placeholder values by name; a missing one is logged once and left out
   * @return the filled text
   */
  public Optional<String> format(Locale locale, String key, Map<String, String> arguments) {
    return Optional.ofNullable(parsed(locale, key)).map(t -> t.fill(arguments, name -> reportMissingArgument(locale, key, name)));
  }

  /**
   * The plural text of {@code baseKey} for {@code count}: the form of the CLDR category of the
   * count in the bundle that has it ({@code baseKey.few} in Arabic, {@code baseKey.other} in
   * Japanese), with {@code {n}} set to the count.
   *
   * @param locale the locale asked for
   * @param baseKey the key without its plural category, such as {@code duration.hours}
   * @param count the number the text is about
   * @param arguments other placeholder values by name
   * @return the filled text; empty when no bundle has a form of the key
   */
  public Optional<String> formatPlural(Locale locale, String baseKey, long count, Map<String, String> arguments) {
    Map<String, String> args = new LinkedHashMap<>(arguments);
    args.put("n", Long.toString(count));
    Locale first = null;
    for (Locale candidate : LocaleFallback.chain(locale)) {
      Bundle bundle = loaded(candidate);
      if (bundle == null) {
        continue;
      }
      if (first == null) {
        first = candidate;
      }
      PluralCategory category = PluralRules.of(candidate).select(count);
      Template t = bundle.template(baseKey + "." + category.suffix());
      if (t == null) {
        t = bundle.template(baseKey + "." + PluralCategory.OTHER.suffix());
      }
      if (t != null) {
        if (!candidate.getLanguage().equals(first.getLanguage())) {
          reportMissing(first, baseKey + "." + category.suffix(), Optional.of(candidate));
        }
        return Optional.of(t.fill(args, name -> reportMissingArgument(locale, baseKey, name)));
      }
    }
    reportMissing(first == null ? LocaleFallback.ROOT : first, baseKey, Optional.empty());
    return Optional.empty();
  }

  /** {@return every missing text reported so far, once each: what translators still owe} */
  public Set<MissingText> missingTexts() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(missing));
  }

  private void reportMissing(Locale locale, String key, Optional<Locale> usedInstead) {
    if (usedInstead.isPresent() && usedInstead.get().equals(LocaleFallback.ROOT) && BundleCheck.isRootOnly(key)) {
      return; // support text may stay English: not a missing translation
    }
    if (missing.add(new MissingText(locale, key, usedInstead))) {
      if (usedInstead.isPresent()) {
        Log.LOG.warn("no text for {} in {} ({}); using {}", CardNumbers.redact(key), locale.toLanguageTag(),
            CardNumbers.redact(String.valueOf(sources.get(locale))),
            usedInstead.get().toLanguageTag());
      } else {
        Log.LOG.warn("no text for {} in {} or any parent locale", CardNumbers.redact(key), locale.toLanguageTag());
      }
    }
  }

  private void reportMissingArgument(Locale locale, String key, String name) {
    if (missingSeen.add(locale.toLanguageTag() + "\u0000" + key + "\u0000" + name)) {
      Log.LOG.warn("no value for {{}} in {} ({}); left out", CardNumbers.redact(name), CardNumbers.redact(key),
          locale.toLanguageTag());
    }
  }

  private final class ArgumentReports implements PreparedText.MissingArgument {
    @Override
    public void report(Locale locale, String key, String name) {
      reportMissingArgument(locale, key, name);
    }
  }

  @Override
  public String toString() {
    List<String> tags = new ArrayList<>();
    for (Locale locale : locales()) {
      tags.add(locale.toLanguageTag());
    }
    return "MessageCatalog" + tags;
  }

  /**
   * Builds a {@link MessageCatalog}. Bundles are layered in the order they are added: a later
   * bundle of the same locale overrides the keys it has, and {@link #override} wins over all.
   * What is added is checked when the catalog is built; the shipped bundles were checked by the
   * build and are read lazily, unless {@link #checkShippedBundles()} asks for them too. Not
   * thread-safe.
   */
  public static final class Builder {
    // Per locale, the bundles in the order added; a later layer's key wins.
    private final Map<Locale, List<BundleLayer>> layers = new LinkedHashMap<>();
    private final Map<Locale, Map<String, Message>> overrides = new LinkedHashMap<>();
    private final Map<Locale, String> sources = new LinkedHashMap<>();
    private final List<BundleProblem> loadProblems = new ArrayList<>();
    private final Set<String> addedSources = new HashSet<>();
    private CheckMode mode = CheckMode.STRICT;
    private boolean modeSet;
    private boolean builtInsAdded;
    private boolean checkShipped;

    private Builder() {}

    /**
     * Adds the shipped bundles: the root (English) and every shipped locale present. They are not
     * read until a locale is asked for (the root is read at {@link #build()}).
     *
     * @return this builder
     */
    public Builder addBuiltIns() {
      return addBuiltIns(null, BUILT_IN_BASE);
    }

    // The shipped bundles from another place: tests give a faulty copy to prove what is checked when.
    Builder addBuiltIns(@Nullable ClassLoader loader, String base) {
      if (builtInsAdded) {
        throw new IllegalStateException("the built-in bundles were already added");
      }
      builtInsAdded = true;
      for (Locale locale : SHIPPED_LOCALES) {
        String resource = base + LocaleFallback.bundleSuffix(locale) + ".properties";
        if (BundleLayer.find(loader, resource) != null) {
          requireNew(resource);
          layersOf(locale).add(BundleLayer.shipped(loader, resource));
          sources.putIfAbsent(locale, resource);
        } else if (locale.equals(LocaleFallback.ROOT)) {
          throw new IllegalStateException("the root bundle " + resource + " is not on the class path");
        }
      }
      return this;
    }

    /**
     * Checks the shipped bundles too, as the build does (every check, every locale, read now):
     * for an app that repackages or edits them. Problems are handled as {@link #checkMode} says.
     *
     * @return this builder
     * @throws IllegalStateException if it was already called
     */
    public Builder checkShippedBundles() {
      if (checkShipped) {
        throw new IllegalStateException("checkShippedBundles() was already called");
      }
      checkShipped = true;
      return this;
    }

    /**
     * Adds a bundle from the class path; the locale comes from the file name ({@code
     * vendor/messages_sw.properties} is Swahili, {@code vendor/messages.properties} the root).
     *
     * @param loader the class loader that holds the resource
     * @param resourcePath the resource's path, without a leading {@code /}
     * @return this builder
     * @throws IllegalArgumentException if there is no such resource
     */
    public Builder addResource(ClassLoader loader, String resourcePath) {
      Locale locale = localeOfFileName(resourcePath.substring(resourcePath.lastIndexOf('/') + 1));
      try (InputStream in = loader.getResourceAsStream(resourcePath)) {
        if (in == null) {
          throw new IllegalArgumentException("no resource " + resourcePath + " on the class path");
        }
        return add(locale, resourcePath, BundleLayer.readAll(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resourcePath, e);
      }
    }

    /**
     * Adds one bundle file; the locale comes from its name, as for {@link #addResource}.
     *
     * @param file a {@code messages*.properties} file
     * @return this builder
     * @throws UncheckedIOException when the file cannot be read
     */
    public Builder addFile(Path file) {
      Locale locale = localeOfFileName(file.getFileName().toString());
      try {
        return add(locale, file.toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    /**
     * Adds every {@code *.properties} file of a directory (not its subdirectories).
     *
     * @param directory the directory
     * @return this builder
     * @throws IllegalArgumentException if it is not a directory
     * @throws UncheckedIOException when it cannot be read
     */
    public Builder addDirectory(Path directory) {
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException(directory + " is not a directory");
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.properties")) {
        stream.forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + directory, e);
      }
      files.sort(null);
      files.forEach(this::addFile);
      return this;
    }

    /**
     * Adds a bundle from a stream (Android assets, an update download). The caller closes it.
     *
     * @param locale the bundle's locale
     * @param source names the bundle in errors
     * @param in the bundle's bytes, UTF-8 properties
     * @return this builder
     * @throws UncheckedIOException when the stream cannot be read
     */
    public Builder addBundle(Locale locale, String source, InputStream in) {
      try {
        return add(locale, source, BundleLayer.readAll(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
    }

    /**
     * Replaces one message of one locale; it passes the same checks as a bundle.
     *
     * @param locale the locale whose message to replace
     * @param key the message key
     * @param text the new text, with the same placeholders
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     */
    public Builder override(Locale locale, String key, String text) {
      if (key.isBlank()) {
        throw new IllegalArgumentException("a message key is needed");
      }
      Locale bundleLocale = normalize(locale);
      layersOf(bundleLocale);
      overrides.computeIfAbsent(bundleLocale, l -> new LinkedHashMap<>())
          .put(key, new Message(key, text, "override(" + bundleLocale.toLanguageTag() + ")", 0));
      sources.putIfAbsent(bundleLocale, "override(" + bundleLocale.toLanguageTag() + ")");
      return this;
    }

    /**
     * Sets how problems are handled: {@link CheckMode#STRICT} (the default) or {@link
     * CheckMode#LENIENT}; set at most once.
     *
     * @param mode the mode
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder checkMode(CheckMode mode) {
      if (modeSet) {
        throw new IllegalStateException("the check mode was already set to " + this.mode);
      }
      this.mode = mode;
      this.modeSet = true;
      return this;
    }

    private List<BundleLayer> layersOf(Locale locale) {
      List<BundleLayer> list = layers.get(locale);
      if (list == null) {
        list = new ArrayList<>();
        layers.put(locale, list);
      }
      return list;
    }

    private void requireNew(String source) {
      if (!addedSources.add(source)) {
        throw new IllegalArgumentException(source + " was already added");
      }
    }

    private Builder add(Locale locale, String source, byte[] bytes) {
      requireNew(source);
      Locale bundleLocale = normalize(locale);
      Map<String, Message> messages;
      try {
        messages = BundleReader.read(source, bytes);
      } catch (BundleException e) {
        // Reported by build(): strict mode throws there, with every other problem found.
        loadProblems.addAll(e.problems());
        return this;
      }
      layersOf(bundleLocale).add(BundleLayer.added(messages));
      sources.putIfAbsent(bundleLocale, source);
      return this;
    }

    /**
     * Checks what was added (every bundle, with {@link #checkShippedBundles()}) and builds the
     * catalog.
     *
     * @return the catalog
     * @throws BundleException in strict mode, naming every file, line, key and problem
     * @throws IllegalStateException if there is no root (English) bundle
     */
    public MessageCatalog build() {
      if (!layers.containsKey(LocaleFallback.ROOT)) {
        throw new IllegalStateException("no root (English) bundle: call addBuiltIns() or add a messages.properties");
      }
      CatalogChecks checks = new CatalogChecks(layers, overrides, sources);
      Set<Locale> checked = checkShipped ? layers.keySet() : checks.addedTo();
      List<BundleProblem> problems = new ArrayList<>(loadProblems);
      if (checkShipped) {
        // Read every shipped file now, so that one that cannot be read is listed with the rest.
        for (List<BundleLayer> list : layers.values()) {
          for (BundleLayer layer : list) {
            layer.readNow(problems);
          }
        }
      }
      problems.addAll(checks.check(checked));
      if (!problems.isEmpty()) {
        if (mode == CheckMode.STRICT) {
          throw new BundleException(problems);
        }
        // A vendor bundle is free text: its problems are logged through the card-number mask.
        problems.forEach(p -> Log.LOG.warn("bundle problem: {}", CardNumbers.redact(p.toString())));
        checks.dropFaulty(problems);
      }
      Map<Locale, LazyBundle> bundles = new LinkedHashMap<>();
      for (Map.Entry<Locale, List<BundleLayer>> e : layers.entrySet()) {
        Locale locale = e.getKey();
        Map<String, Message> extra = overrides.get(locale);
        // Copies: the builder may be changed or built again later.
        LazyBundle bundle = LazyBundle.of(List.copyOf(e.getValue()), extra == null ? Map.of() : new LinkedHashMap<>(extra));
        // The root is read now: every text falls back to it, and an unreadable one must fail here.
        if (locale.equals(LocaleFallback.ROOT) || checked.contains(locale)) {
          bundle.get();
        }
        bundles.put(locale, bundle);
      }
      return new MessageCatalog(bundles, sources);
    }

    // Chinese without a script gets the one its region implies (zh_TW is zh-Hant-TW); "en" alone
    // is the root.
    private static Locale normalize(Locale locale) {
      if (locale.equals(Locale.ROOT) || locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) {
        return LocaleFallback.ROOT;
      }
      if (locale.getLanguage().equals("zh") && locale.getScript().isEmpty()) {
        return LocaleFallback.chain(locale).get(0);
      }
      return locale;
    }

    static Locale localeOfFileName(String name) {
      Matcher m = FileName.PATTERN.matcher(name);
      if (!m.matches()) {
        throw new IllegalArgumentException("a bundle file is named like messages_zh_Hant.properties, got " + name);
      }
      String suffix = m.group(2).isEmpty() ? "" : m.group(2).substring(1);
      return normalize(LocaleFallback.ofBundleSuffix(suffix));
    }
  }

  // A holder: the pattern is compiled only when a bundle file is added by name, not at start-up.
  private static final class FileName {
    static final Pattern PATTERN = Pattern.compile("([A-Za-z0-9-]+)((?:_[A-Za-z0-9]+)*)\\.properties");
  }
}
