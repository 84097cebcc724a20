package dev.posdx.core;

import static dev.posdx.core.RandomOutcomes.pick;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantAdviceCode;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Random but reproducible pack sets, for properties that must hold for any rules. Every kind of
 * {@link Matcher} is generated (checked by {@code DiagnoserPropertiesTest}), each drawing its
 * values from the same pools as {@link RandomOutcomes}, so generated rules match often enough.
 */
public final class RandomRules {

  /** One generator per matcher kind; a new {@link Matcher} record needs a line here. */
  private static final List<Function<Random, Matcher>> KINDS =
      List.of(
          r -> new Matcher.NetworkIn(someOf(r, Network.values())),
          r -> new Matcher.ResponseCodeIn(someOf(r, RandomOutcomes.CODES, ResponseCode::of)),
          r -> new Matcher.ResponseCodePresent(r.nextBoolean()),
          r -> new Matcher.AdviceCodeIn(someOf(r, RandomOutcomes.ADVICE_CODES, MerchantAdviceCode::of)),
          r -> new Matcher.TransactionTypeIn(someOf(r, TransactionType.values())),
          r -> new Matcher.EntryModeIn(someOf(r, EntryMode.values())),
          r -> new Matcher.ReaderIn(someOf(r, ReaderStatus.values())),
          r -> new Matcher.LinkIn(someOf(r, LinkStatus.values())),
          r -> new Matcher.HostReplyIn(someOf(r, HostReply.values())),
          r -> new Matcher.KeysIn(someOf(r, KeyStatus.values())),
          r -> new Matcher.KernelOutcomeIn(someOf(r, KernelOutcome.values())),
          r -> new Matcher.PrinterIn(someOf(r, PrinterStatus.values())),
          r -> new Matcher.TvrAnySet(new Tvr((1L << r.nextInt(40)) | (r.nextBoolean() ? 1L << r.nextInt(40) : 0))),
          r -> new Matcher.InputTimedOut(r.nextBoolean()),
          r -> new Matcher.LatencyAtLeast(Duration.ofMillis(r.nextInt(30_000))),
          r -> new Matcher.ClockSkewAtLeast(Duration.ofSeconds(1 + r.nextInt(600))),
          r -> new Matcher.CardExpired(r.nextBoolean()),
          r -> new Matcher.AcquirerIn(someOf(r, RandomOutcomes.ACQUIRERS, Function.identity())),
          r -> new Matcher.ChainIn(someOf(r, RandomOutcomes.CHAINS, Function.identity())),
          r -> new Matcher.StoreIn(someOf(r, RandomOutcomes.STORES, Function.identity())),
          r -> new Matcher.OriginalStoreDiffers(r.nextBoolean()),
          r -> new Matcher.MerchantCountryIn(someOf(r, RandomOutcomes.COUNTRIES, CountryCode::of)),
          r -> new Matcher.IssuerCountryIn(someOf(r, RandomOutcomes.COUNTRIES, CountryCode::of)),
          r -> new Matcher.CrossBorder(r.nextBoolean()),
          r -> new Matcher.CurrencyIn(someOf(r, RandomOutcomes.CURRENCIES, Currency::getInstance)),
          r -> new Matcher.CurrencyMismatch(r.nextBoolean()),
          r -> new Matcher.LocalTimeBetween(LocalTime.of(r.nextInt(24), 0), LocalTime.of(r.nextInt(24), 30)),
          r -> new Matcher.DayOfWeekIn(someOf(r, DayOfWeek.values())),
          r -> new Matcher.DateIn(dateRanges(r)),
          r -> new Matcher.DateOnOrAfter(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(366))),
          r -> new Matcher.DateBefore(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(366))),
          r -> new Matcher.AttemptAtLeast(1 + r.nextInt(10)));

  /** How many matcher kinds {@link #matcher(Random, int)} knows. */
  static final int MATCHER_KINDS = KINDS.size();

  private RandomRules() {}

  public static List<RulePack> packs(long seed) {
    Random r = new Random(seed);
    List<RulePack> packs = new ArrayList<>();
    int packCount = 1 + r.nextInt(5);
    for (int p = 0; p < packCount; p++) {
      List<Rule> rules = new ArrayList<>();
      int ruleCount = 1 + r.nextInt(30);
      for (int i = 0; i < ruleCount; i++) {
        rules.add(rule(r, "r" + i));
      }
      List<RetryLimit> limits =
          r.nextInt(4) == 0
              ? List.of(new RetryLimit(pick(r, Network.values()), 1 + r.nextInt(20), Duration.ofDays(30), new PackSource("random", "1")))
              : List.of();
      packs.add(RulePack.builder("p" + p, "1", pick(r, Scope.values()), "random-" + seed)
          .sources(List.of(new PackSource("random", "1")))
          .rules(rules)
          .retryLimits(limits)
          .build());
    }
    return packs;
  }

  /** A random matcher of the given kind, {@code 0 <= kind < MATCHER_KINDS}. */
  static Matcher matcher(Random r, int kind) {
    return KINDS.get(kind).apply(r);
  }

  static Rule rule(Random r, String id) {
    List<Matcher> when = new ArrayList<>();
    int count = 1 + r.nextInt(3);
    Set<String> kinds = new HashSet<>();
    while (when.size() < count) {
      Matcher m = matcher(r, r.nextInt(MATCHER_KINDS));
      // A rule holds one matcher per field and kind (the Rule constructor refuses two).
      if (kinds.add(m.field() + "/" + m.getClass().getSimpleName())) {
        when.add(m);
      }
    }
    Category category = pick(r, Category.values());
    RetryAdvice retry =
        switch (r.nextInt(5)) {
          case 0 -> RetryAdvice.now();
          case 1 -> RetryAdvice.later(Duration.ofMinutes(1 + r.nextInt(60)));
          case 2 -> RetryAdvice.withChange(pick(r, RetryChange.values()));
          case 3 -> RetryAdvice.never();
          default -> RetryAdvice.reconcileFirst();
        };
    Conclusion then =
        Conclusion.builder(
                Cause.of(category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".c" + r.nextInt(50)),
                category, pick(r, Confidence.values()), retry)
            .contactIssuer(r.nextBoolean())
            .steps(List.of(Step.of(pick(r, Audience.values()), "step-" + r.nextInt(5))))
            .supplementary(r.nextInt(6) == 0)
            .build();
    return new Rule(id, when, then, List.of());
  }

  // One to three distinct values: a set of several exercises the OR inside a matcher and its mask.
  private static <T> Set<T> someOf(Random r, T[] values) {
    return someOf(r, Arrays.asList(values), Function.identity());
  }

  private static <S, T> Set<T> someOf(Random r, List<S> pool, Function<S, T> make) {
    Set<T> chosen = new HashSet<>();
    int count = 1 + r.nextInt(Math.min(3, pool.size()));
    while (chosen.size() < count) {
      chosen.add(make.apply(pick(r, pool)));
    }
    return chosen;
  }

  // Within the years RandomOutcomes draws its times from, so a range sometimes holds the day.
  private static List<Matcher.DateRange> dateRanges(Random r) {
    List<Matcher.DateRange> ranges = new ArrayList<>();
    int count = 1 + r.nextInt(2);
    for (int i = 0; i < count; i++) {
      LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(3 * 365));
      ranges.add(new Matcher.DateRange(from, from.plusDays(r.nextInt(60)), "range-" + i));
    }
    return ranges;
  }
}
