package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises retry and contact advice in a text, per locale (src/test/resources/advice/lexicon.tsv):
 * the phrases each bundle uses to say "try again", "do not retry", "try later", "check the first
 * payment first", "use another card" and "contact your bank". {@code AdviceLexiconTest} proves it
 * finds every such sentence the bundles held before the advice was composed.
 */
final class AdviceLexicon {

  /** What a text advises, in the order the lexicon tries them (a match is blanked before the next). */
  enum Advice { RECONCILE, NO_RETRY, WAIT, RETRY, ANOTHER, CONTACT }

  private record Entry(Advice advice, Pattern pattern) {}

  private static final ListMultimap<String, Entry> BY_LOCALE = load();

  private AdviceLexicon() {}

  private static ListMultimap<String, Entry> load() {
    ImmutableListMultimap.Builder<String, Entry> entries = ImmutableListMultimap.builder();
    try (InputStream in = AdviceLexicon.class.getClassLoader().getResourceAsStream("advice/lexicon.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalStateException("advice/lexicon.tsv:" + (i + 1) + ": expected locale, class, regex");
        }
        entries.put(f[0], new Entry(Advice.valueOf(f[1]), Pattern.compile(f[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableListMultimap<String, Entry> built = entries.build();
    // Match in class order whatever the file's line order.
    ImmutableListMultimap.Builder<String, Entry> ordered = ImmutableListMultimap.builder();
    for (String locale : built.keySet()) {
      ordered.putAll(locale, built.get(locale).stream()
          .sorted((a, b) -> a.advice().compareTo(b.advice())).collect(ImmutableList.toImmutableList()));
    }
    return ordered.build();
  }

  /** The lexicon's locale for a bundle locale: the tag, then without its region, then the language. */
  static String lexiconLocale(Locale locale) {
    String tag = locale.equals(Locale.ROOT) ? "en" : locale.toLanguageTag();
    while (!BY_LOCALE.containsKey(tag)) {
      int dash = tag.lastIndexOf('-');
      if (dash < 0) {
        throw new IllegalStateException("advice/lexicon.tsv has no entries for " + locale.toLanguageTag());
      }
      tag = tag.substring(0, dash);
    }
    return tag;
  }

  private static final Map<String, Set<Advice>> SEEN = new ConcurrentHashMap<>();

  /** What the text advises; a sweep reads the same texts many times, so each is read once. */
  static Set<Advice> classify(Locale locale, String text) {
    String lexicon = lexiconLocale(locale);
    return SEEN.computeIfAbsent(lexicon + '\u0000' + text, k -> read(lexicon, text));
  }

  private static Set<Advice> read(String lexicon, String text) {
    Set<Advice> found = EnumSet.noneOf(Advice.class);
    String rest = text;
    for (Entry e : BY_LOCALE.get(lexicon)) {
      Matcher m = e.pattern().matcher(rest);
      if (m.find()) {
        found.add(e.advice());
        rest = m.replaceAll("\u2591");
      }
    }
    return Sets.immutableEnumSet(found);
  }
}
