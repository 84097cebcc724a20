package dev.posdx.i18n.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.posdx.i18n.BundleProblem;
import dev.posdx.i18n.LocaleFallback;
import dev.posdx.i18n.Message;
import dev.posdx.i18n.display.ColumnWidth;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks every bundle passes, the shipped ones and every vendor addition alike:
 *
 * <ul>
 *   <li>no extra keys (a key the root bundle does not have) and no missing ones ({@code
 *       *.support.long} may stay English, so a translation may leave it out);
 *   <li>every plural message has exactly the CLDR categories of the bundle's language;
 *   <li>every key uses the same placeholders as in the root bundle (a plural form other than
 *       {@code other} may leave out {@code {n}}, as in "an hour");
 *   <li>placeholders are known names, never one that could carry a PAN, CVV, PIN or track data,
 *       and no brace is left that is not a placeholder ({@code {0}}, <code>&#123;amount</code>);
 *   <li>no run of seven or more digits, spaces and hyphens between them included, in any text (a
 *       card or account number never belongs in a message; phone numbers come from {@code
 *       {hotline}});
 *   <li>every {@code *.short} text fits {@value #SHORT_COLUMNS} columns, wide characters counting
 *       two;
 *   <li>no empty text, and text in Unicode NFC;
 *   <li>Simplified Chinese holds no Traditional-only character and Traditional Chinese no
 *       Simplified-only one ({@link ChineseScript}).
 * </ul>
 *
 * @since 0.1
 */
public final class BundleCheck {

  /** The width every short form must fit: a 16-column terminal display. */
  public static final int SHORT_COLUMNS = 16;

  /** The longest run of digits a text may hold. */
  public static final int MAX_DIGIT_RUN = 6;

  /** The placeholder names a message may use. */
  public static final Set<String> PLACEHOLDERS =
      ImmutableSet.of(
          // the diagnosis's arguments
          "network", "code", "amount", "currency", "after", "issuer", "hotline", "terminalId",
          "merchantId", "panLast4",
          // durations
          "n", "first", "second",
          // the issuer-contact kit
          "time", "date", "nextCheck", "person", "channel", "answer", "promise");

  private static final Pattern CARD_DATA =
      Pattern.compile("(?i).*(pan|cvv|cvc|cav|cid|pin|track|mag|iccdata|expir).*");

  private BundleCheck() {}

  /** Whether a translation may leave this key to the root bundle: support text may stay English. */
  public static boolean isRootOnly(String key) {
    return key.endsWith(".support.long");
  }

  /**
   * Checks the root bundle on its own: texts and placeholders, and that each plural message has
   * the root language's categories.
   */
  public static List<BundleProblem> checkRoot(Map<String, Message> root) {
    List<BundleProblem> problems = new ArrayList<>();
    for (Message m : root.values()) {
      checkText(LocaleFallback.ROOT, m, problems);
    }
    for (String base : pluralBases(root)) {
      for (PluralCategory c : PluralRules.of(LocaleFallback.ROOT).categories()) {
        if (!root.containsKey(base + "." + c.suffix())) {
          problems.add(new BundleProblem(sourceOf(root), 0, base + "." + c.suffix(), "missing plural form"));
        }
      }
    }
    return problems;
  }

  /**
   * Checks a translation against the root bundle.
   *
   * @param locale the bundle's locale
   * @param bundle its messages, vendor additions and overrides merged in
   * @param inherited the messages of its parents of the same language (zh-Hant for zh-Hant-HK),
   *     which count as present; empty for a full translation
   * @param source the name to give for a missing key
   */
  public static List<BundleProblem> checkTranslation(
      Locale locale,
      Map<String, Message> bundle,
      Map<String, Message> inherited,
      Map<String, Message> root,
      String source) {
    List<BundleProblem> problems = new ArrayList<>();
    Set<String> pluralBases = pluralBases(root);
    PluralRules rules = PluralRules.of(locale);
    String tag = locale.toLanguageTag();
    for (Message m : bundle.values()) {
      String key = m.key();
      Optional<String> pluralBase = pluralBaseOf(key, pluralBases);
      Message reference = root.get(key);
      if (pluralBase.isPresent()) {
        PluralCategory category = PluralCategory.ofSuffix(key.substring(pluralBase.get().length() + 1)).orElseThrow();
        if (!rules.categories().contains(category)) {
          problems.add(problem(m, "plural category '" + category.suffix() + "' is not used in " + tag
              + " (it uses " + suffixes(rules.categories()) + ")"));
          continue;
        }
        reference = root.get(pluralBase.get() + ".other");
      }
      if (reference == null) {
        problems.add(problem(m, "extra key: the root bundle has no such key"));
        continue;
      }
      checkText(locale, m, problems);
      Set<String> expected = Template.parse(reference.text()).placeholders();
      Set<String> actual = Template.parse(m.text()).placeholders();
      boolean mayDropCount = pluralBase.isPresent() && !key.endsWith(".other");
      Set<String> expectedHere = new HashSet<>(expected);
      if (mayDropCount && !actual.contains("n")) {
        expectedHere.remove("n");
      }
      if (!actual.equals(expectedHere)) {
        problems.add(problem(m, "placeholders " + new TreeSet<>(actual) + " differ from the root's "
            + new TreeSet<>(expected)));
      }
    }
    for (Message r : root.values()) {
      String key = r.key();
      if (pluralBaseOf(key, pluralBases).isPresent() || isRootOnly(key)) {
        continue;
      }
      if (!bundle.containsKey(key) && !inherited.containsKey(key)) {
        problems.add(new BundleProblem(source, 0, key, "missing key (the root has it on line " + r.line() + ")"));
      }
    }
    for (String base : pluralBases) {
      for (PluralCategory c : rules.categories()) {
        if (!bundle.containsKey(base + "." + c.suffix()) && !inherited.containsKey(base + "." + c.suffix())) {
          problems.add(new BundleProblem(source, 0, base + "." + c.suffix(),
              "missing plural form (" + tag + " uses " + suffixes(rules.categories()) + ")"));
        }
      }
    }
    return problems;
  }

  private static final Pattern EMPTY_ALLOWED = Pattern.compile("cause\\..+\\.(cashier|cardholder|merchant|support)\\.long");

  /** The checks on one text alone. */
  public static void checkText(Locale locale, Message m, List<BundleProblem> problems) {
    String text = m.text();
    if (text.isBlank()) {
      // A cause's long text says what happened; where the composed retry and contact advice is
      // all there is to say (the cause is its own advice, such as "re-enter"), it may be empty.
      if (!(text.isEmpty() && EMPTY_ALLOWED.matcher(m.key()).matches())) {
        problems.add(problem(m, "empty text"));
      }
      return;
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      problems.add(problem(m, "text is not in Unicode NFC (save it composed)"));
    }
    Template template = Template.parse(text);
    for (String name : template.placeholders()) {
      if (!name.equals("panLast4") && CARD_DATA.matcher(name).matches()) {
        problems.add(problem(m, "placeholder {" + name + "} could carry card data: a PAN, CVV, PIN or track"
            + " data are never put in a message"));
      } else if (!PLACEHOLDERS.contains(name)) {
        problems.add(problem(m, "unknown placeholder {" + name + "}; known: " + PLACEHOLDERS));
      }
    }
    template.strayBrace().ifPresent(b -> problems.add(problem(m,
        "a brace that is not a {name} placeholder near \"" + b + "\" (placeholders are named, not numbered)")));
    for (String literal : template.literals()) {
      int run = longestDigitRun(literal);
      if (run > MAX_DIGIT_RUN) {
        problems.add(problem(m, "a run of " + run + " digits: no card, account or phone number may be"
            + " written into a message"));
        break;
      }
    }
    if (m.key().endsWith(".short")) {
      int width = ColumnWidth.of(text);
      if (width > SHORT_COLUMNS || text.indexOf('\n') >= 0) {
        problems.add(problem(m, "a short form must be one line of at most " + SHORT_COLUMNS
            + " columns; this is " + width + " (wide characters count 2)"));
      }
    }
    String language = locale.getLanguage();
    if (language.equals("zh") && locale.getScript().equals("Hans")) {
      ChineseScript.firstTraditionalOnly(text).ifPresent(cp -> problems.add(problem(m,
          "Traditional-only character " + chars(cp) + " in Simplified Chinese (Simplified: "
              + chars(checkNotNull(ChineseScript.traditionalOnly().get(cp))) + ")")));
    } else if (language.equals("zh") && locale.getScript().equals("Hant")) {
      ChineseScript.firstSimplifiedOnly(text).ifPresent(cp -> problems.add(problem(m,
          "Simplified-only character " + chars(cp) + " in Traditional Chinese (Traditional: "
              + chars(checkNotNull(ChineseScript.simplifiedOnly().get(cp))) + ")")));
    }
  }

  /** The longest run of digits, ignoring single spaces or hyphens between digits. */
  public static int longestDigitRun(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (Character.isDigit(cp)) {
        run++;
        longest = Math.max(longest, run);
      } else if ((cp == ' ' || cp == '-') && run > 0 && i + n < s.length() && Character.isDigit(s.codePointAt(i + n))) {
        // a separator inside a number: the run goes on
      } else {
        run = 0;
      }
      i += n;
    }
    return longest;
  }

  /** Keys {@code b} such that the root has {@code b.other}: the plural messages. */
  public static Set<String> pluralBases(Map<String, Message> root) {
    Set<String> bases = new TreeSet<>();
    for (String key : root.keySet()) {
      if (key.endsWith(".other")) {
        bases.add(key.substring(0, key.length() - ".other".length()));
      }
    }
    return bases;
  }

  private static Optional<String> pluralBaseOf(String key, Set<String> bases) {
    int dot = key.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String base = key.substring(0, dot);
    return bases.contains(base) && PluralCategory.ofSuffix(key.substring(dot + 1)).isPresent()
        ? Optional.of(base)
        : Optional.empty();
  }

  private static String suffixes(Set<PluralCategory> categories) {
    return categories.stream().map(PluralCategory::suffix).collect(ImmutableList.toImmutableList()).toString();
  }

  private static String sourceOf(Map<String, Message> bundle) {
    return bundle.values().stream().findFirst().map(Message::source).orElse("root bundle");
  }

  private static BundleProblem problem(Message m, String problem) {
    return new BundleProblem(m.source(), m.line(), m.key(), problem);
  }

  private static String chars(int cp) {
    return new String(Character.toChars(cp));
  }
}
