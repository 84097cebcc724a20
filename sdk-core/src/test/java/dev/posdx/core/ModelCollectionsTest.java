package dev.posdx.core;

import static dev.posdx.core.RandomOutcomes.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The model's collections behave as the Guava {@code Immutable*} they replaced did, for any value
 * built from generated parts: iteration in input order (enum order for enum sets), equal to and
 * hashing like a plain {@code ArrayList}/{@code LinkedHashSet}/{@code LinkedHashMap} of the same
 * content and printing like it, {@code contains(null)} false, every mutator throwing {@code
 * UnsupportedOperationException}, a null element refused with Guava's message, and the values'
 * own {@code toString} in {@code MoreObjects.toStringHelper}'s format. Guava is the oracle.
 */
class ModelCollectionsTest {

  private static final List<String> TAGS = List.of("zh-CN", "en", "zh-Hant", "ja", "de", "fr", "ko");
  private static final List<String> ARGUMENT_NAMES = List.of("code", "network", "amount", "issuer", "hotline", "panLast4", "after");

  @Test
  void conclusionsKeepTheirPartsInInputOrderAndUnmodifiableTest() {
    qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Step> steps = steps(r);
      Set<Audience> withheld = someOf(r, EnumSet.of(Audience.CARDHOLDER, Audience.MERCHANT));
      Map<String, String> display = display(r);
      Category category = pick(r, Category.values());
      Conclusion c =
          Conclusion.builder(Cause.of("issuer.c" + r.nextInt(9)), category, pick(r, Confidence.values()), RetryAdvice.never())
              .steps(steps)
              .withheldFrom(withheld)
              .networkDisplay(display)
              .build();
      EnumSet<Audience> expectedWithheld = withheld.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(withheld);
      if (category == Category.RISK) {
        expectedWithheld.add(Audience.CARDHOLDER);
      }
      assertList(c.steps(), steps);
      assertSet(c.withheldFrom(), expectedWithheld);
      assertMap(c.networkDisplay(), display);
      assertThat(c.toString())
          .isEqualTo(MoreObjects.toStringHelper("Conclusion")
              .add("cause", c.cause()).add("category", c.category()).add("confidence", c.confidence())
              .add("retry", c.retry()).add("contactIssuer", c.contactIssuer()).add("steps", ImmutableList.copyOf(steps))
              .add("withheldFrom", ImmutableSet.copyOf(expectedWithheld)).add("supplementary", c.supplementary())
              .add("networkDisplay", ImmutableMap.copyOf(display)).toString());
      assertRefusesNull(steps, l -> Conclusion.builder(Cause.of("a.b"), category, pick(r, Confidence.values()), RetryAdvice.never()).steps(l));
      assertRefusesNullValue(display, m -> Conclusion.builder(Cause.of("a.b"), category, pick(r, Confidence.values()), RetryAdvice.never()).networkDisplay(m));
    });
  }

  @Test
  void rulesPacksAndMatchersKeepTheirPartsInInputOrderAndUnmodifiableTest() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      for (RulePack generated : RandomRules.packs(seed)) {
        List<PackSource> sources = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          sources.add(new PackSource("doc-" + r.nextInt(100), "ed-" + i));
        }
        List<Rule> rules = new ArrayList<>(generated.rules());
        Collections.shuffle(rules, r);
        RulePack pack = RulePack.builder(generated.id(), "1", pick(r, Scope.values()), "gen").sources(sources).rules(rules)
            .retryLimits(generated.retryLimits()).build();
        assertList(pack.sources(), sources);
        assertList(pack.rules(), rules);
        assertList(pack.retryLimits(), generated.retryLimits());
        assertRefusesNull(rules, l -> RulePack.builder("p", "1", Scope.BASE, "gen").rules(l));
        for (Rule rule : rules) {
          List<Matcher> when = new ArrayList<>(rule.when());
          Collections.shuffle(when, r);
          List<RuleExample> examples = new ArrayList<>();
          for (int i = 0, n = r.nextInt(4); i < n; i++) {
            examples.add(new RuleExample(RandomOutcomes.of(r.nextLong()), Cause.of("x.e" + i)));
          }
          Rule copy = new Rule(rule.id(), when, rule.then(), examples);
          assertList(copy.when(), when);
          assertList(copy.examples(), examples);
          assertRefusesNull(when, l -> new Rule("r", l, rule.then(), List.of()));
          for (Matcher m : when) {
            assertMatcherCollections(m);
          }
        }
      }
    });
  }

  @Test
  void causeDefinitionsAndCatalogsKeepTheirOrderTest() {
    qt().withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = 2 + r.nextInt(12);
      List<CauseDefinition> definitions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Cause i explains only causes after it: no cycle. Repeats in the input are dropped in first-seen order.
        List<Cause> explains = new ArrayList<>();
        for (int j = 0, k = r.nextInt(4); j < k && i + 1 < n; j++) {
          explains.add(Cause.of("c.n" + (i + 1 + r.nextInt(n - i - 1))));
        }
        Set<Audience> withheld = someOf(r, EnumSet.of(Audience.MERCHANT, Audience.CARDHOLDER));
        CauseDefinition d = new CauseDefinition(Cause.of("c.n" + i), Category.ISSUER, r.nextBoolean(), withheld, RetryDecision.LATER, new LinkedHashSet<>(explains), false);
        assertSet(d.explains(), new LinkedHashSet<>(explains));
        assertSet(d.withheldFrom(), withheld.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(withheld));
        definitions.add(d);
      }
      Collections.shuffle(definitions, r);
      List<CauseDefinition> sorted = new ArrayList<>(definitions);
      sorted.sort((a, b) -> a.cause().compareTo(b.cause()));
      assertList(CauseCatalog.of(definitions, "gen").definitions(), sorted);
    });
  }

  @Test
  void outcomesAndTheirPartsPrintAndCopyAsBeforeTest() {
    qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<String> languages = new ArrayList<>();
      for (int i = 0, n = r.nextInt(5); i < n; i++) {
        languages.add(pick(r, List.of("zh", "EN", "ja", "De", "fr")));
      }
      TransactionOutcome outcome = TransactionOutcome.builder(pick(r, Network.values())).cardLanguages(languages).build();
      List<String> lower = new ArrayList<>();
      languages.forEach(l -> lower.add(l.toLowerCase(java.util.Locale.ROOT)));
      assertList(outcome.cardLanguages(), lower);

      TerminalState.Builder tb = TerminalState.builder();
      ReaderStatus reader = r.nextBoolean() ? pick(r, ReaderStatus.values()) : null;
      LinkStatus link = r.nextBoolean() ? pick(r, LinkStatus.values()) : null;
      HostReply reply = r.nextBoolean() ? pick(r, HostReply.values()) : null;
      Duration latency = r.nextBoolean() ? Duration.ofMillis(r.nextInt(9_000)) : null;
      KeyStatus keys = r.nextBoolean() ? pick(r, KeyStatus.values()) : null;
      Boolean timedOut = r.nextBoolean() ? r.nextBoolean() : null;
      if (reader != null) tb.reader(reader);
      if (link != null) tb.link(link);
      if (reply != null) tb.hostReply(reply);
      if (latency != null) tb.latency(latency);
      if (keys != null) tb.keys(keys);
      if (timedOut != null) tb.inputTimedOut(timedOut);
      assertThat(tb.build().toString()).isEqualTo(MoreObjects.toStringHelper("TerminalState").omitNullValues()
          .add("reader", reader).add("link", link).add("hostReply", reply).add("latency", latency).add("keys", keys)
          .add("inputTimedOut", timedOut).toString());

      MerchantContext.Builder mb = MerchantContext.builder();
      CountryCode country = r.nextBoolean() ? CountryCode.of(pick(r, RandomOutcomes.COUNTRIES)) : null;
      String store = r.nextBoolean() ? pick(r, RandomOutcomes.STORES) : null;
      String terminalId = r.nextBoolean() ? "t-" + r.nextInt(99) : null;
      if (country != null) mb.country(country);
      if (store != null) mb.storeId(store);
      if (terminalId != null) mb.terminalId(terminalId);
      assertThat(mb.build().toString()).isEqualTo(MoreObjects.toStringHelper("MerchantContext").omitNullValues()
          .add("country", country).add("storeId", store).add("terminalId", terminalId).toString());

      List<Evidence> evidence = new ArrayList<>();
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        evidence.add(new Evidence("f" + r.nextInt(5), "in [" + i + "]"));
      }
      assertList(new TraceEntry("p", "1", "r", evidence).matched(), evidence);
      assertRefusesNull(evidence, l -> new TraceEntry("p", "1", "r", l));

      Map<String, String> arguments = new LinkedHashMap<>();
      for (int i = 0, n = r.nextInt(5); i < n; i++) {
        arguments.put(pick(r, ARGUMENT_NAMES), "v" + r.nextInt(9));
      }
      assertMap(new Step(Audience.CASHIER, "call-issuer", "step.call-issuer", arguments).arguments(), arguments);
      assertRefusesNullValue(arguments, m -> new Step(Audience.CASHIER, "a", "step.a", m));
    });
  }

  @Test
  void diagnosesHandOutUnmodifiableCollectionsInTheirOrderTest() {
    qt().withExamples(300).forAll(longs().all(), longs().all()).checkAssert((packSeed, outcomeSeed) -> {
      List<RulePack> packs = RandomRules.packs(packSeed);
      Diagnoser diagnoser = Diagnoser.builder().addPacks(packs).build();
      TransactionOutcome outcome = RandomOutcomes.of(outcomeSeed);
      Diagnosis d = diagnoser.diagnose(outcome);
      // Findings, roles and the network's text come from the engine's Verdict: Frozen copies too.
      assertList(d.findings(), new ArrayList<>(d.findings()));
      assertList(d.roles(), new ArrayList<>(d.roles()));
      assertMap(d.networkDisplay(), new LinkedHashMap<>(d.networkDisplay()));
      assertList(d.steps(), new ArrayList<>(d.steps()));
      List<TraceEntry> trace = new ArrayList<>();
      d.findings().forEach(f -> trace.add(f.source()));
      assertList(d.trace(), trace);
      for (Audience a : Audience.values()) {
        List<Step> mine = new ArrayList<>();
        d.steps().forEach(s -> {
          if (s.audience() == a) {
            mine.add(s);
          }
        });
        assertList(d.steps(a), mine);
      }
      for (Step s : d.steps()) {
        assertMap(s.arguments(), d.arguments());
      }
      assertMap(d.arguments(), new LinkedHashMap<>(d.arguments()));
      Random r = new Random(outcomeSeed);
      List<StalePack> stale = new ArrayList<>();
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        stale.add(new StalePack("p" + i, "1", LocalDate.of(2025, 1, 1).plusDays(r.nextInt(400))));
      }
      assertList(d.withStalePacks(stale).stalePacks(), stale);
      assertRefusesNull(stale, d::withStalePacks);
      assertList(Diagnosis.unknownSteps(), new ArrayList<>(Diagnosis.unknownSteps()));
    });
  }

  // Every collection a matcher holds: enum sets in enum order, other sets sorted, lists as given (DateIn's sorted by day).
  private static void assertMatcherCollections(Matcher m) {
    for (RecordComponent component : m.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(m);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      if (value instanceof List<?> list) {
        assertList(list, new ArrayList<>(list));
      } else if (value instanceof Set<?> set) {
        assertSet(set, new LinkedHashSet<>(set));
        List<Object> order = new ArrayList<>(set);
        List<Object> expected = new ArrayList<>(order);
        if (!order.isEmpty() && order.get(0) instanceof Enum<?>) {
          expected.sort((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()));
        } else if (!order.isEmpty() && order.get(0) instanceof java.util.Currency) {
          expected.sort((a, b) -> ((java.util.Currency) a).getCurrencyCode().compareTo(((java.util.Currency) b).getCurrencyCode()));
        } else {
          expected.sort(null); // codes, countries and ids: natural order, as ImmutableSortedSet kept them
        }
        assertThat(order).as("%s of %s", component.getName(), m).isEqualTo(expected);
      }
    }
  }

  private static void assertOrderEqualityAndText(List<?> actual, List<?> expected) {
    List<Object> plain = new ArrayList<>(expected);
    assertThat(new ArrayList<>(actual)).isEqualTo(plain);
    assertThat(actual.equals(plain) && plain.equals(actual)).as("equals %s", plain).isTrue();
    assertThat(actual.hashCode()).isEqualTo(plain.hashCode()).isEqualTo(ImmutableList.copyOf(expected).hashCode());
    assertThat(actual.toString()).isEqualTo(plain.toString()).isEqualTo(ImmutableList.copyOf(expected).toString());
  }

  private static void assertList(List<?> actual, List<?> expected) {
    assertOrderEqualityAndText(actual, expected);
    List<Object> plain = new ArrayList<>(expected);
    assertThat(actual).isInstanceOf(RandomAccess.class);
    assertThat(actual.contains(null)).isFalse();
    assertThat(actual.indexOf(null)).isEqualTo(-1);
    assertThat(actual.lastIndexOf(null)).isEqualTo(-1);
    assertThat(actual.containsAll(plain)).isTrue();
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) actual;
    Object e = plain.isEmpty() ? "x" : plain.get(0);
    assertAllThrow(
        l,
        x -> x.add(e), x -> x.add(0, e), x -> x.addAll(List.of(e)), x -> x.addAll(List.of()), x -> x.addAll(0, List.of(e)),
        x -> x.remove(e), x -> x.remove(0), x -> x.removeAll(List.of(e)), x -> x.retainAll(List.of()), x -> x.removeIf(y -> false),
        x -> x.replaceAll(y -> y), x -> x.sort(null), x -> x.clear(), x -> x.set(0, e), x -> x.iterator().remove(),
        x -> removeAfterNext(x.iterator()), x -> x.listIterator().add(e), x -> setAfterNext(x.listIterator(), e),
        x -> x.subList(0, x.size()).clear(), x -> x.subList(0, x.size()).add(e));
  }

  private static void assertSet(Set<?> actual, Set<?> expected) {
    Set<Object> plain = new LinkedHashSet<>(expected);
    assertThat(new ArrayList<>(actual)).isEqualTo(new ArrayList<>(plain));
    assertThat(actual.equals(plain) && plain.equals(actual)).as("equals %s", plain).isTrue();
    assertThat(actual.hashCode()).isEqualTo(plain.hashCode()).isEqualTo(ImmutableSet.copyOf(expected).hashCode());
    assertThat(actual.toString()).isEqualTo(plain.toString()).isEqualTo(ImmutableSet.copyOf(expected).toString());
    assertThat(actual.contains(null)).isFalse();
    assertThat(actual.containsAll(plain)).isTrue();
    @SuppressWarnings("unchecked")
    Set<Object> s = (Set<Object>) actual;
    Object e = plain.isEmpty() ? "x" : plain.iterator().next();
    assertAllThrow(
        s,
        x -> x.add(e), x -> x.addAll(List.of(e)), x -> x.addAll(List.of()), x -> x.remove(e), x -> x.removeAll(List.of(e)),
        x -> x.retainAll(List.of()), x -> x.removeIf(y -> false), x -> x.clear(), x -> x.iterator().remove(),
        x -> removeAfterNext(x.iterator()));
  }

  private static void assertMap(Map<?, ?> actual, Map<?, ?> expected) {
    Map<Object, Object> plain = new LinkedHashMap<>(expected);
    assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(plain.entrySet()));
    assertThat(actual.equals(plain) && plain.equals(actual)).as("equals %s", plain).isTrue();
    assertThat(actual.hashCode()).isEqualTo(plain.hashCode()).isEqualTo(ImmutableMap.copyOf(expected).hashCode());
    assertThat(actual.toString()).isEqualTo(plain.toString()).isEqualTo(ImmutableMap.copyOf(expected).toString());
    assertThat(actual.get(null)).isNull();
    assertThat(actual.containsKey(null)).isFalse();
    assertThat(actual.containsValue(null)).isFalse();
    @SuppressWarnings("unchecked")
    Map<Object, Object> m = (Map<Object, Object>) actual;
    Object k = plain.isEmpty() ? "x" : plain.keySet().iterator().next();
    assertAllThrow(
        m,
        x -> x.put(k, "v"), x -> x.putAll(Map.of()), x -> x.putAll(Map.of(k, "v")), x -> x.remove(k), x -> x.remove(k, "v"),
        x -> x.clear(), x -> x.putIfAbsent(k, "v"), x -> x.replace(k, "v"), x -> x.replace(k, "v", "w"), x -> x.replaceAll((a, b) -> b),
        x -> x.compute(k, (a, b) -> b), x -> x.computeIfAbsent(k, a -> "v"), x -> x.computeIfPresent(k, (a, b) -> b),
        x -> x.merge(k, "v", (a, b) -> b), x -> x.keySet().remove(k), x -> x.keySet().clear(), x -> x.values().clear(),
        x -> x.entrySet().clear(), x -> x.entrySet().iterator().next().setValue("v"), x -> removeAfterNext(x.entrySet().iterator()));
  }

  @SafeVarargs
  private static <C> void assertAllThrow(C collection, Consumer<C>... mutators) {
    for (int i = 0; i < mutators.length; i++) {
      Consumer<C> mutator = mutators[i];
      Throwable thrown = catchThrowable(() -> mutator.accept(collection));
      // An empty map has no entry to set: NoSuchElementException from next(), before any mutation.
      if (thrown instanceof java.util.NoSuchElementException && collection instanceof Map<?, ?> map && map.isEmpty()) {
        continue;
      }
      assertThat(thrown).as("mutator #%s on %s", i + 1, collection).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  private static void removeAfterNext(Iterator<?> it) {
    if (it.hasNext()) {
      it.next();
    }
    it.remove();
  }

  private static void setAfterNext(ListIterator<Object> it, Object e) {
    if (it.hasNext()) {
      it.next();
    }
    it.set(e);
  }

  // A null anywhere in the input is refused with Guava's message ("at index i").
  private static <T> void assertRefusesNull(List<T> input, Consumer<List<T>> factory) {
    for (int at = 0; at <= input.size(); at++) {
      List<T> withNull = new ArrayList<>(input);
      withNull.add(at, null);
      String guava = catchThrowable(() -> ImmutableList.copyOf(withNull)).getMessage();
      assertThatThrownBy(() -> factory.accept(withNull)).isInstanceOf(NullPointerException.class).hasMessage(guava);
    }
  }

  private static void assertRefusesNullValue(Map<String, String> input, Consumer<Map<String, String>> factory) {
    Map<String, String> withNull = new LinkedHashMap<>(input);
    withNull.put("nothing", null);
    String guava = catchThrowable(() -> ImmutableMap.copyOf(withNull)).getMessage();
    assertThatThrownBy(() -> factory.accept(withNull)).isInstanceOf(NullPointerException.class).hasMessage(guava);
  }

  private static List<Step> steps(Random r) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0, n = r.nextInt(6); i < n; i++) {
      steps.add(Step.of(pick(r, Audience.values()), "step-" + r.nextInt(20)));
    }
    return steps;
  }

  private static Map<String, String> display(Random r) {
    List<String> tags = new ArrayList<>(TAGS);
    Collections.shuffle(tags, r);
    Map<String, String> display = new LinkedHashMap<>();
    for (String tag : tags.subList(0, r.nextInt(tags.size()))) {
      display.put(tag, "text " + tag);
    }
    return display;
  }

  private static <T> Set<T> someOf(Random r, Collection<T> pool) {
    Set<T> chosen = new LinkedHashSet<>();
    for (T t : pool) {
      if (r.nextBoolean()) {
        chosen.add(t);
      }
    }
    return chosen;
  }
}
