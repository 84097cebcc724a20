package dev.posdx.rules.internal;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.MerchantAdviceCode;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random, reproducible packs for the compiled form's round trip. Matchers are built through each
 * sealed {@link Matcher} record's canonical constructor from its component types, so a new
 * matcher record is generated without an edit here (a new component type fails loudly instead).
 * Examples are drawn from a pool of real outcomes (the built-in packs' own, and more).
 */
final class GeneratedPacks {

  private static final Class<?>[] MATCHER_TYPES = Matcher.class.getPermittedSubclasses();

  private GeneratedPacks() {}

  static List<RulePack> packs(long seed, List<TransactionOutcome> outcomes) {
    Random r = new Random(seed);
    List<RulePack> packs = new ArrayList<>();
    for (int p = 0; p < 1 + r.nextInt(3); p++) {
      List<Rule> rules = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(20); i++) {
        rules.add(rule(r, "r" + i, outcomes));
      }
      List<RetryLimit> limits = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        limits.add(new RetryLimit(pick(r, Network.values()), 1 + r.nextInt(20), Duration.ofDays(1 + r.nextInt(30)), source(r)));
      }
      Optional<LocalDate> validUntil = r.nextBoolean() ? Optional.of(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(2000))) : Optional.empty();
      List<PackSource> sources = List.of(source(r), new PackSource("Q/CUP 006.6-2015 附录 " + r.nextInt(9), "2015"));
      packs.add(RulePack.builder("p" + p, "v" + r.nextInt(100), pick(r, Scope.values()), "generated-" + seed)
          .sources(sources).rules(rules).retryLimits(limits).validUntil(validUntil).build());
    }
    return packs;
  }

  /** Every matcher record at least once, then some at random, each kind once per rule. */
  static Rule rule(Random r, String id, List<TransactionOutcome> outcomes) {
    List<Matcher> when = new ArrayList<>();
    Set<Class<?>> kinds = new HashSet<>();
    for (int i = 0; i < 1 + r.nextInt(4); i++) {
      Class<?> type = pick(r, MATCHER_TYPES);
      if (kinds.add(type)) {
        when.add(matcher(r, type));
      }
    }
    Cause cause = Cause.of(pick(r, new String[] {"issuer.refer", "card.expired", "terminal.clock", "gen.c" + r.nextInt(9)}));
    Category category = pick(r, Category.values());
    Conclusion then = Conclusion.builder(cause, category, pick(r, Confidence.values()), retry(r))
        .contactIssuer(r.nextBoolean())
        .steps(steps(r))
        .withheldFrom(r.nextInt(4) == 0 ? EnumSet.of(Audience.MERCHANT) : Set.of())
        .supplementary(r.nextInt(5) == 0)
        .networkDisplay(display(r))
        .build();
    List<RuleExample> examples = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      examples.add(new RuleExample(outcomes.get(r.nextInt(outcomes.size())), cause));
    }
    return new Rule(id, when, then, examples);
  }

  static Matcher matcher(Random r, Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    for (int attempt = 0; ; attempt++) {
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = value(r, components[i].getGenericType());
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return (Matcher) canonical.newInstance(values);
      } catch (InvocationTargetException e) {
        // The record refused the values (an empty time window): draw again.
        if (attempt > 20) {
          throw new IllegalStateException("cannot generate a valid " + type.getSimpleName(), e.getCause());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Object value(Random r, Type type) {
    if (type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      int n = 1 + r.nextInt(3);
      if (p.getRawType() == Set.class) {
        Set<Object> set = new HashSet<>();
        while (set.size() < n) {
          set.add(value(r, element));
        }
        return set;
      }
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(value(r, element));
      }
      return list;
    }
    Class<?> c = (Class<?>) type;
    if (c.isEnum()) {
      return pick(r, c.getEnumConstants());
    }
    if (c == boolean.class) {
      return r.nextBoolean();
    }
    if (c == int.class) {
      return 1 + r.nextInt(20);
    }
    if (c == String.class) {
      return pick(r, new String[] {"s-001", "acq-1", "chain-9", "门店-7"}) + r.nextInt(3);
    }
    if (c == ResponseCode.class) {
      return ResponseCode.of(pick(r, new String[] {"00", "05", "51", "A8", "N7", "1A", "999"}));
    }
    if (c == MerchantAdviceCode.class) {
      return MerchantAdviceCode.of(pick(r, new String[] {"01", "02", "03", "21", "24", "30"}));
    }
    if (c == CountryCode.class) {
      return CountryCode.of(pick(r, new String[] {"CN", "US", "DE", "HK", "JP"}));
    }
    if (c == Currency.class) {
      return Currency.getInstance(pick(r, new String[] {"CNY", "USD", "EUR", "JPY"}));
    }
    if (c == Duration.class) {
      return Duration.ofMillis(1 + r.nextInt(600_000)).plusNanos(r.nextInt(1000));
    }
    if (c == Tvr.class) {
      return new Tvr((1L << r.nextInt(40)) | (r.nextBoolean() ? 1L << r.nextInt(40) : 0));
    }
    if (c == LocalTime.class) {
      return LocalTime.of(r.nextInt(24), r.nextInt(60));
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(3000));
    }
    if (c == Matcher.DateRange.class) {
      LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(1000));
      return new Matcher.DateRange(from, from.plusDays(r.nextInt(10)), "春节 " + r.nextInt(5));
    }
    throw new IllegalStateException("no generator for matcher component type " + type + ": add one");
  }

  private static RetryAdvice retry(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> RetryAdvice.now();
      case 1 -> r.nextBoolean() ? RetryAdvice.later() : RetryAdvice.later(Duration.ofSeconds(1 + r.nextInt(3600)));
      case 2 -> RetryAdvice.withChange(pick(r, RetryChange.values()));
      case 3 -> RetryAdvice.never();
      default -> RetryAdvice.reconcileFirst();
    };
  }

  private static List<Step> steps(Random r) {
    List<Step> steps = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      steps.add(r.nextBoolean()
          ? Step.of(pick(r, Audience.values()), "step-" + r.nextInt(5))
          : new Step(pick(r, Audience.values()), "call-issuer", "step.call-issuer.v" + r.nextInt(3), Map.of()));
    }
    return steps;
  }

  private static Map<String, String> display(Random r) {
    Map<String, String> display = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      display.put("zh-Hans", "请持卡人与发卡行联系 " + r.nextInt(9));
      display.put("en", "Refer to card issuer");
    }
    return display;
  }

  private static PackSource source(Random r) {
    return new PackSource("Visa Core Rules " + r.nextInt(5), "2025-0" + (1 + r.nextInt(9)));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
