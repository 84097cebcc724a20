package dev.posdx.core;

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
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random but reproducible pack sets, for properties that must hold for any rules. */
public final class RandomRules {

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
              ? List.of(new RetryLimit(RandomOutcomes.pick(r, Network.values()), 1 + r.nextInt(20), Duration.ofDays(30), new PackSource("random", "1")))
              : List.of();
      packs.add(new RulePack("p" + p, "1", RandomOutcomes.pick(r, Scope.values()), List.of(new PackSource("random", "1")), rules, limits, "random-" + seed));
    }
    return packs;
  }

  static Rule rule(Random r, String id) {
    List<Matcher> when = new ArrayList<>();
    List<java.util.function.Supplier<Matcher>> menu =
        List.of(
            () -> Matcher.NetworkIn.of(RandomOutcomes.pick(r, Network.values())),
            () -> Matcher.ResponseCodeIn.of(RandomOutcomes.pick(r, RandomOutcomes.CODES), RandomOutcomes.pick(r, RandomOutcomes.CODES)),
            () -> new Matcher.ResponseCodePresent(r.nextBoolean()),
            () -> new Matcher.TransactionTypeIn(Set.of(RandomOutcomes.pick(r, TransactionType.values()))),
            () -> new Matcher.EntryModeIn(Set.of(RandomOutcomes.pick(r, EntryMode.values()))),
            () -> new Matcher.ReaderIn(Set.of(RandomOutcomes.pick(r, ReaderStatus.values()))),
            () -> new Matcher.LinkIn(Set.of(RandomOutcomes.pick(r, LinkStatus.values()))),
            () -> new Matcher.HostReplyIn(Set.of(RandomOutcomes.pick(r, HostReply.values()))),
            () -> new Matcher.TvrAnySet(new Tvr(1L << r.nextInt(40))),
            () -> new Matcher.ClockSkewAtLeast(Duration.ofSeconds(1 + r.nextInt(600))),
            () -> new Matcher.LatencyAtLeast(Duration.ofMillis(r.nextInt(30_000))),
            () -> new Matcher.CardExpired(r.nextBoolean()),
            () -> new Matcher.OriginalStoreDiffers(r.nextBoolean()),
            () -> new Matcher.StoreIn(Set.of(RandomOutcomes.pick(r, RandomOutcomes.STORES))),
            () -> new Matcher.MerchantCountryIn(Set.of(CountryCode.of(RandomOutcomes.pick(r, RandomOutcomes.COUNTRIES)))),
            () -> new Matcher.CrossBorder(r.nextBoolean()),
            () -> new Matcher.CurrencyMismatch(r.nextBoolean()),
            () -> new Matcher.LocalTimeBetween(LocalTime.of(r.nextInt(24), 0), LocalTime.of(r.nextInt(24), 30)),
            () -> new Matcher.AttemptAtLeast(1 + r.nextInt(10)));
    int count = 1 + r.nextInt(3);
    Set<String> kinds = new java.util.HashSet<>();
    while (when.size() < count) {
      Matcher m = menu.get(r.nextInt(menu.size())).get();
      if (kinds.add(m.field() + "/" + m.getClass().getSimpleName())) {
        when.add(m);
      }
    }
    Category category = RandomOutcomes.pick(r, Category.values());
    RetryAdvice retry =
        switch (r.nextInt(5)) {
          case 0 -> RetryAdvice.now();
          case 1 -> RetryAdvice.later(Duration.ofMinutes(1 + r.nextInt(60)));
          case 2 -> RetryAdvice.withChange(RandomOutcomes.pick(r, RetryChange.values()));
          case 3 -> RetryAdvice.never();
          default -> RetryAdvice.reconcileFirst();
        };
    Conclusion then =
        new Conclusion(
            Cause.of(category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".c" + r.nextInt(50)),
            category, RandomOutcomes.pick(r, Confidence.values()), retry, r.nextBoolean(),
            List.of(Step.of(RandomOutcomes.pick(r, Audience.values()), "step-" + r.nextInt(5))),
            Set.of(), r.nextInt(6) == 0, Map.of());
    return new Rule(id, when, then, List.of());
  }
}
