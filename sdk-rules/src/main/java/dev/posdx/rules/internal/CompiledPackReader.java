package dev.posdx.rules.internal;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.internal.ExamplesOnDemand;
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
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the compiled form ({@link CompiledForm}) of a pack or a cause catalog: no parser, no
 * Jackson, no YAML. Whatever the bytes, the result is the model or a {@link RulePackException}
 * naming the resource and the byte offset.
 */
public final class CompiledPackReader {

  private CompiledPackReader() {}

  /**
   * The pack held by {@code bytes}.
   *
   * @param resource names the bytes in errors
   * @throws RulePackException MALFORMED with the resource and byte offset when the bytes are not
   *     a whole, uncorrupted compiled pack of this format version
   */
  public static RulePack readPack(String resource, byte[] bytes) {
    CompiledInput in = new CompiledInput(resource, bytes, CompiledForm.KIND_PACK);
    RulePack pack;
    try {
      pack = pack(in);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      throw refused(in, e);
    }
    in.finish();
    return pack;
  }

  /** The cause catalog held by {@code bytes}; fails as {@link #readPack} does. */
  public static CauseCatalog readCatalog(String resource, byte[] bytes) {
    CompiledInput in = new CompiledInput(resource, bytes, CompiledForm.KIND_CATALOG);
    CauseCatalog catalog;
    try {
      catalog = catalog(in);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      throw refused(in, e);
    }
    in.finish();
    return catalog;
  }

  // The model's constructors check their values; a refusal is reported where the bytes were read.
  // Caught inline, not through a Supplier: each lambda is a class spun at start-up.
  private static RulePackException refused(CompiledInput in, RuntimeException e) {
    return in.corrupt(in.offset(), "holds a value the model refuses: " + e.getMessage());
  }

  private static RulePack pack(CompiledInput in) {
    String id = in.string();
    String version = in.string();
    Scope scope = in.name(Scope.class);
    String origin = in.string();
    // Loops, not a list helper taking lambdas: each lambda is a class spun at start-up.
    int sourceCount = in.count();
    List<PackSource> sources = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(source(in));
    }
    int limitCount = in.count();
    List<RetryLimit> limits = new ArrayList<>(limitCount);
    for (int i = 0; i < limitCount; i++) {
      limits.add(new RetryLimit(in.name(Network.class), in.varint(), duration(in), source(in)));
    }
    Optional<LocalDate> validUntil = in.bool() ? Optional.of(LocalDate.ofEpochDay(in.int64())) : Optional.empty();
    // The pack's distinct matchers and conclusions, each decoded and checked once; rules share them.
    Matcher[] matchers = new Matcher[in.count()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = matcher(in);
    }
    Conclusion[] conclusions = new Conclusion[in.count()];
    // One Step per distinct step in the pack: many conclusions share them, and each is checked once.
    Map<String, Step> steps = new HashMap<>();
    for (int i = 0; i < conclusions.length; i++) {
      conclusions[i] = conclusion(in, steps);
    }
    int ruleCount = in.count();
    List<Rule> rules = new ArrayList<>(ruleCount);
    for (int i = 0; i < ruleCount; i++) {
      rules.add(rule(in, matchers, conclusions));
    }
    return RulePack.builder(id, version, scope, origin)
        .sources(sources)
        .rules(rules)
        .retryLimits(limits)
        .validUntil(validUntil)
        .build();
  }

  private static CauseCatalog catalog(CompiledInput in) {
    String origin = in.string();
    int count = in.count();
    List<CauseDefinition> definitions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      definitions.add(new CauseDefinition(
          Cause.of(in.string()),
          in.name(Category.class),
          in.bool(),
          enums(in, Audience.class),
          in.name(RetryDecision.class),
          set(in, CAUSE),
          in.bool()));
    }
    return CauseCatalog.of(definitions, origin);
  }

  private static Rule rule(CompiledInput in, Matcher[] matchers, Conclusion[] conclusions) {
    String id = in.string();
    int count = in.count();
    List<Matcher> when = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      when.add(matchers[in.index(matchers.length, "matcher")]);
    }
    Conclusion then = conclusions[in.index(conclusions.length, "conclusion")];
    int exampleBytes = in.count();
    int examplesAt = in.offset();
    in.skip(exampleBytes);
    return new Rule(id, when, then, new CompiledExamples(in, examplesAt, exampleBytes));
  }

  /**
   * A rule's examples, read from their block on first use: only pack tests and tools ask, so
   * start-up does not decode hundreds of outcomes. The whole resource's CRC was checked already.
   */
  private static final class CompiledExamples extends ExamplesOnDemand {
    private final CompiledInput whole;
    private final int start;
    private final int length;

    CompiledExamples(CompiledInput whole, int start, int length) {
      this.whole = whole;
      this.start = start;
      this.length = length;
    }

    @Override
    protected List<RuleExample> read() {
      CompiledInput in = whole.block(start, length);
      List<RuleExample> examples;
      try {
        int n = in.count();
        examples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          examples.add(new RuleExample(CompiledOutcomes.read(in), Cause.of(in.string())));
        }
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
        throw refused(in, e);
      }
      in.finish();
      return examples;
    }
  }

  private static Conclusion conclusion(CompiledInput in, Map<String, Step> known) {
    Cause cause = Cause.of(in.string());
    Category category = in.name(Category.class);
    Confidence confidence = in.name(Confidence.class);
    RetryDecision decision = in.name(RetryDecision.class);
    Optional<Duration> after = in.bool() ? Optional.of(duration(in)) : Optional.empty();
    Optional<RetryChange> change = in.bool() ? Optional.of(in.name(RetryChange.class)) : Optional.empty();
    RetryAdvice retry = new RetryAdvice(decision, after, change);
    boolean contactIssuer = in.bool();
    int stepCount = in.count();
    List<Step> steps = new ArrayList<>(stepCount);
    for (int i = 0; i < stepCount; i++) {
      Audience audience = in.name(Audience.class);
      String action = in.string();
      String messageKey = in.string();
      String key = audience.name() + ' ' + action + ' ' + messageKey;
      Step step = known.get(key);
      if (step == null) {
        step = new Step(audience, action, messageKey, Map.of());
        known.put(key, step);
      }
      steps.add(step);
    }
    Set<Audience> withheld = enums(in, Audience.class);
    boolean supplementary = in.bool();
    int displays = in.count();
    Map<String, String> networkDisplay = new LinkedHashMap<>();
    for (int i = 0; i < displays; i++) {
      networkDisplay.put(in.string(), in.string());
    }
    return Conclusion.builder(cause, category, confidence, retry)
        .contactIssuer(contactIssuer)
        .steps(steps)
        .withheldFrom(withheld)
        .supplementary(supplementary)
        .networkDisplay(networkDisplay)
        .build();
  }

  private static Matcher matcher(CompiledInput in) {
    int start = in.offset();
    int tag = in.u8();
    MatcherKind[] kinds = MatcherKind.values();
    if (tag >= kinds.length) {
      throw in.corrupt(start, "holds matcher tag " + tag + ", and this posdx-rules knows " + kinds.length);
    }
    return switch (kinds[tag]) {
      case NETWORK_IN -> new Matcher.NetworkIn(names(in, Network.class));
      case RESPONSE_CODE_IN -> new Matcher.ResponseCodeIn(set(in, RESPONSE_CODE));
      case RESPONSE_CODE_PRESENT -> new Matcher.ResponseCodePresent(in.bool());
      case ADVICE_CODE_IN -> new Matcher.AdviceCodeIn(set(in, ADVICE_CODE));
      case TRANSACTION_TYPE_IN -> new Matcher.TransactionTypeIn(names(in, TransactionType.class));
      case ENTRY_MODE_IN -> new Matcher.EntryModeIn(names(in, EntryMode.class));
      case READER_IN -> new Matcher.ReaderIn(names(in, ReaderStatus.class));
      case LINK_IN -> new Matcher.LinkIn(names(in, LinkStatus.class));
      case HOST_REPLY_IN -> new Matcher.HostReplyIn(names(in, HostReply.class));
      case KEYS_IN -> new Matcher.KeysIn(names(in, KeyStatus.class));
      case KERNEL_OUTCOME_IN -> new Matcher.KernelOutcomeIn(names(in, KernelOutcome.class));
      case PRINTER_IN -> new Matcher.PrinterIn(names(in, PrinterStatus.class));
      case TVR_ANY_SET -> new Matcher.TvrAnySet(new Tvr(in.int64()));
      case INPUT_TIMED_OUT -> new Matcher.InputTimedOut(in.bool());
      case LATENCY_AT_LEAST -> new Matcher.LatencyAtLeast(duration(in));
      case CLOCK_SKEW_AT_LEAST -> new Matcher.ClockSkewAtLeast(duration(in));
      case CARD_EXPIRED -> new Matcher.CardExpired(in.bool());
      case ACQUIRER_IN -> new Matcher.AcquirerIn(strings(in));
      case CHAIN_IN -> new Matcher.ChainIn(strings(in));
      case STORE_IN -> new Matcher.StoreIn(strings(in));
      case ORIGINAL_STORE_DIFFERS -> new Matcher.OriginalStoreDiffers(in.bool());
      case MERCHANT_COUNTRY_IN -> new Matcher.MerchantCountryIn(set(in, COUNTRY));
      case ISSUER_COUNTRY_IN -> new Matcher.IssuerCountryIn(set(in, COUNTRY));
      case CROSS_BORDER -> new Matcher.CrossBorder(in.bool());
      case CURRENCY_IN -> new Matcher.CurrencyIn(set(in, CURRENCY));
      case CURRENCY_MISMATCH -> new Matcher.CurrencyMismatch(in.bool());
      case LOCAL_TIME_BETWEEN -> new Matcher.LocalTimeBetween(LocalTime.ofNanoOfDay(in.int64()), LocalTime.ofNanoOfDay(in.int64()));
      case DAY_OF_WEEK_IN -> new Matcher.DayOfWeekIn(names(in, DayOfWeek.class));
      case DATE_IN -> new Matcher.DateIn(dateRanges(in));
      case DATE_ON_OR_AFTER -> new Matcher.DateOnOrAfter(LocalDate.ofEpochDay(in.int64()));
      case DATE_BEFORE -> new Matcher.DateBefore(LocalDate.ofEpochDay(in.int64()));
      case ATTEMPT_AT_LEAST -> new Matcher.AttemptAtLeast(in.varint());
    };
  }

  private static Matcher.DateRange dateRange(CompiledInput in) {
    return new Matcher.DateRange(LocalDate.ofEpochDay(in.int64()), LocalDate.ofEpochDay(in.int64()), in.string());
  }

  private static PackSource source(CompiledInput in) {
    return new PackSource(in.string(), in.string());
  }

  static Duration duration(CompiledInput in) {
    long seconds = in.int64();
    return Duration.ofSeconds(seconds, in.varint());
  }

  private static List<Matcher.DateRange> dateRanges(CompiledInput in) {
    int n = in.count();
    List<Matcher.DateRange> ranges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ranges.add(dateRange(in));
    }
    return ranges;
  }

  // What set() reads each element as: one string, made into a value. Ints and a switch, not a
  // lambda per call site (each lambda is a class spun at start-up).
  private static final int RESPONSE_CODE = 0;
  private static final int ADVICE_CODE = 1;
  private static final int COUNTRY = 2;
  private static final int CURRENCY = 3;
  private static final int CAUSE = 4;

  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the caller's T is the kind's value type
  private static <T> Set<T> set(CompiledInput in, int kind) {
    int n = in.count();
    Set<T> items = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      int start = in.offset();
      String s = in.string();
      Object value = switch (kind) {
        case RESPONSE_CODE -> ResponseCode.of(s);
        case ADVICE_CODE -> MerchantAdviceCode.of(s);
        case COUNTRY -> CountryCode.of(s);
        case CURRENCY -> Currency.getInstance(s);
        default -> Cause.of(s);
      };
      if (!items.add((T) value)) {
        throw in.corrupt(start, "repeats a value in a set");
      }
    }
    return items;
  }

  private static <E extends Enum<E>> Set<E> names(CompiledInput in, Class<E> type) {
    int n = in.count();
    Set<E> items = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      int start = in.offset();
      if (!items.add(in.name(type))) {
        throw in.corrupt(start, "repeats a value in a set");
      }
    }
    return items;
  }

  private static Set<String> strings(CompiledInput in) {
    int n = in.count();
    Set<String> items = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      int start = in.offset();
      if (!items.add(in.string())) {
        throw in.corrupt(start, "repeats a value in a set");
      }
    }
    return items;
  }

  private static <E extends Enum<E>> Set<E> enums(CompiledInput in, Class<E> type) {
    Set<E> items = EnumSet.noneOf(type);
    items.addAll(names(in, type));
    return items;
  }
}
