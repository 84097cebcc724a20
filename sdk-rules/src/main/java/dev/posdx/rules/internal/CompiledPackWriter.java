package dev.posdx.rules.internal;

import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link RulePack} or a {@link CauseCatalog} in the compiled form ({@link CompiledForm})
 * that {@link CompiledPackReader} reads back equal. Build-time: the pack compiler and tests call
 * it; the embedded path never does.
 */
public final class CompiledPackWriter {

  private CompiledPackWriter() {}

  /** The compiled form of one pack, examples included. */
  public static byte[] write(RulePack pack) {
    CompiledOutput out = new CompiledOutput();
    out.string(pack.id());
    out.string(pack.version());
    out.name(pack.scope());
    out.string(pack.origin());
    out.varint(pack.sources().size());
    pack.sources().forEach(s -> source(out, s));
    out.varint(pack.retryLimits().size());
    for (RetryLimit limit : pack.retryLimits()) {
      out.name(limit.network());
      out.varint(limit.maxAttempts());
      duration(out, limit.window());
      source(out, limit.source());
    }
    out.bool(pack.validUntil().isPresent());
    pack.validUntil().ifPresent(day -> out.int64(day.toEpochDay()));
    // Many rules share a matcher or a conclusion: each distinct one is written once, in a table,
    // and rules refer to it by index, so the run time decodes and checks it once.
    Map<ByteBuffer, Integer> matchers = new LinkedHashMap<>();
    Map<ByteBuffer, Integer> conclusions = new LinkedHashMap<>();
    List<int[]> whenOf = new ArrayList<>();
    List<Integer> thenOf = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      int[] when = new int[rule.when().size()];
      for (int i = 0; i < when.length; i++) {
        CompiledOutput m = out.blockOutput();
        matcher(m, rule.when().get(i));
        when[i] = matchers.computeIfAbsent(ByteBuffer.wrap(m.bodyBytes()), k -> matchers.size());
      }
      whenOf.add(when);
      CompiledOutput c = out.blockOutput();
      conclusion(c, rule.then());
      thenOf.add(conclusions.computeIfAbsent(ByteBuffer.wrap(c.bodyBytes()), k -> conclusions.size()));
    }
    out.varint(matchers.size());
    matchers.keySet().forEach(b -> out.raw(b.array()));
    out.varint(conclusions.size());
    conclusions.keySet().forEach(b -> out.raw(b.array()));
    out.varint(pack.rules().size());
    for (int r = 0; r < pack.rules().size(); r++) {
      rule(out, pack.rules().get(r), whenOf.get(r), thenOf.get(r));
    }
    return out.finish(CompiledForm.KIND_PACK);
  }

  /** The compiled form of a cause catalog, its definitions in cause order. */
  public static byte[] write(CauseCatalog catalog) {
    CompiledOutput out = new CompiledOutput();
    out.string(catalog.origin());
    List<CauseDefinition> definitions = new ArrayList<>(catalog.definitions());
    definitions.sort(Comparator.comparing(CauseDefinition::cause));
    out.varint(definitions.size());
    for (CauseDefinition d : definitions) {
      out.string(d.cause().id());
      out.name(d.category());
      out.bool(d.contactIssuer());
      out.varint(d.withheldFrom().size());
      d.withheldFrom().forEach(out::name);
      out.name(d.defaultRetry());
      out.varint(d.explains().size());
      d.explains().forEach(c -> out.string(c.id()));
      out.bool(d.adviceOnly());
    }
    return out.finish(CompiledForm.KIND_CATALOG);
  }

  private static void rule(CompiledOutput out, Rule rule, int[] when, int then) {
    out.string(rule.id());
    out.varint(when.length);
    for (int matcher : when) {
      out.varint(matcher);
    }
    out.varint(then);
    // In a block of its own: the run time skips it and reads it only when examples() is asked.
    CompiledOutput examples = out.blockOutput();
    examples.varint(rule.examples().size());
    for (RuleExample example : rule.examples()) {
      CompiledOutcomes.write(examples, example.input());
      examples.string(example.expected().id());
    }
    out.block(examples);
  }

  private static void conclusion(CompiledOutput out, Conclusion c) {
    out.string(c.cause().id());
    out.name(c.category());
    out.name(c.confidence());
    out.name(c.retry().decision());
    out.bool(c.retry().after().isPresent());
    c.retry().after().ifPresent(d -> duration(out, d));
    out.bool(c.retry().change().isPresent());
    c.retry().change().ifPresent(out::name);
    out.bool(c.contactIssuer());
    out.varint(c.steps().size());
    for (Step step : c.steps()) {
      // Arguments are always empty in a pack (the Conclusion refuses others).
      out.name(step.audience());
      out.string(step.action());
      out.string(step.messageKey());
    }
    out.varint(c.withheldFrom().size());
    c.withheldFrom().forEach(out::name);
    out.bool(c.supplementary());
    out.varint(c.networkDisplay().size());
    for (Map.Entry<String, String> e : c.networkDisplay().entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue());
    }
  }

  private static void matcher(CompiledOutput out, Matcher matcher) {
    MatcherKind kind = MatcherKind.of(matcher);
    out.u8(kind.ordinal());
    MatcherKind written =
        switch (kind) {
      case NETWORK_IN -> {
        Matcher.NetworkIn m = (Matcher.NetworkIn) matcher;
        names(out, m.networks());
        yield kind;
      }
      case RESPONSE_CODE_IN -> {
        Matcher.ResponseCodeIn m = (Matcher.ResponseCodeIn) matcher;
        strings(out, m.codes(), c -> c.value());
        yield kind;
      }
      case RESPONSE_CODE_PRESENT -> {
        Matcher.ResponseCodePresent m = (Matcher.ResponseCodePresent) matcher;
        out.bool(m.present());
        yield kind;
      }
      case ADVICE_CODE_IN -> {
        Matcher.AdviceCodeIn m = (Matcher.AdviceCodeIn) matcher;
        strings(out, m.codes(), c -> c.value());
        yield kind;
      }
      case TRANSACTION_TYPE_IN -> {
        Matcher.TransactionTypeIn m = (Matcher.TransactionTypeIn) matcher;
        names(out, m.types());
        yield kind;
      }
      case ENTRY_MODE_IN -> {
        Matcher.EntryModeIn m = (Matcher.EntryModeIn) matcher;
        names(out, m.modes());
        yield kind;
      }
      case READER_IN -> {
        Matcher.ReaderIn m = (Matcher.ReaderIn) matcher;
        names(out, m.states());
        yield kind;
      }
      case LINK_IN -> {
        Matcher.LinkIn m = (Matcher.LinkIn) matcher;
        names(out, m.states());
        yield kind;
      }
      case HOST_REPLY_IN -> {
        Matcher.HostReplyIn m = (Matcher.HostReplyIn) matcher;
        names(out, m.replies());
        yield kind;
      }
      case KEYS_IN -> {
        Matcher.KeysIn m = (Matcher.KeysIn) matcher;
        names(out, m.states());
        yield kind;
      }
      case KERNEL_OUTCOME_IN -> {
        Matcher.KernelOutcomeIn m = (Matcher.KernelOutcomeIn) matcher;
        names(out, m.outcomes());
        yield kind;
      }
      case PRINTER_IN -> {
        Matcher.PrinterIn m = (Matcher.PrinterIn) matcher;
        names(out, m.states());
        yield kind;
      }
      case TVR_ANY_SET -> {
        Matcher.TvrAnySet m = (Matcher.TvrAnySet) matcher;
        out.int64(m.mask().bits());
        yield kind;
      }
      case INPUT_TIMED_OUT -> {
        Matcher.InputTimedOut m = (Matcher.InputTimedOut) matcher;
        out.bool(m.timedOut());
        yield kind;
      }
      case LATENCY_AT_LEAST -> {
        Matcher.LatencyAtLeast m = (Matcher.LatencyAtLeast) matcher;
        duration(out, m.threshold());
        yield kind;
      }
      case CLOCK_SKEW_AT_LEAST -> {
        Matcher.ClockSkewAtLeast m = (Matcher.ClockSkewAtLeast) matcher;
        duration(out, m.threshold());
        yield kind;
      }
      case CARD_EXPIRED -> {
        Matcher.CardExpired m = (Matcher.CardExpired) matcher;
        out.bool(m.expired());
        yield kind;
      }
      case ACQUIRER_IN -> {
        Matcher.AcquirerIn m = (Matcher.AcquirerIn) matcher;
        strings(out, m.acquirers(), s -> s);
        yield kind;
      }
      case CHAIN_IN -> {
        Matcher.ChainIn m = (Matcher.ChainIn) matcher;
        strings(out, m.chains(), s -> s);
        yield kind;
      }
      case STORE_IN -> {
        Matcher.StoreIn m = (Matcher.StoreIn) matcher;
        strings(out, m.stores(), s -> s);
        yield kind;
      }
      case ORIGINAL_STORE_DIFFERS -> {
        Matcher.OriginalStoreDiffers m = (Matcher.OriginalStoreDiffers) matcher;
        out.bool(m.differs());
        yield kind;
      }
      case MERCHANT_COUNTRY_IN -> {
        Matcher.MerchantCountryIn m = (Matcher.MerchantCountryIn) matcher;
        strings(out, m.countries(), c -> c.value());
        yield kind;
      }
      case ISSUER_COUNTRY_IN -> {
        Matcher.IssuerCountryIn m = (Matcher.IssuerCountryIn) matcher;
        strings(out, m.countries(), c -> c.value());
        yield kind;
      }
      case CROSS_BORDER -> {
        Matcher.CrossBorder m = (Matcher.CrossBorder) matcher;
        out.bool(m.crossBorder());
        yield kind;
      }
      case CURRENCY_IN -> {
        Matcher.CurrencyIn m = (Matcher.CurrencyIn) matcher;
        strings(out, m.currencies(), Currency::getCurrencyCode);
        yield kind;
      }
      case CURRENCY_MISMATCH -> {
        Matcher.CurrencyMismatch m = (Matcher.CurrencyMismatch) matcher;
        out.bool(m.mismatch());
        yield kind;
      }
      case LOCAL_TIME_BETWEEN -> {
        Matcher.LocalTimeBetween m = (Matcher.LocalTimeBetween) matcher;
        out.int64(m.from().toNanoOfDay());
        out.int64(m.to().toNanoOfDay());
        yield kind;
      }
      case DAY_OF_WEEK_IN -> {
        Matcher.DayOfWeekIn m = (Matcher.DayOfWeekIn) matcher;
        names(out, m.days());
        yield kind;
      }
      case DATE_IN -> {
        Matcher.DateIn m = (Matcher.DateIn) matcher;
        out.varint(m.ranges().size());
        m.ranges().forEach(r -> dateRange(out, r));
        yield kind;
      }
      case DATE_ON_OR_AFTER -> {
        Matcher.DateOnOrAfter m = (Matcher.DateOnOrAfter) matcher;
        out.int64(m.date().toEpochDay());
        yield kind;
      }
      case DATE_BEFORE -> {
        Matcher.DateBefore m = (Matcher.DateBefore) matcher;
        out.int64(m.date().toEpochDay());
        yield kind;
      }
      case ATTEMPT_AT_LEAST -> {
        Matcher.AttemptAtLeast m = (Matcher.AttemptAtLeast) matcher;
        out.varint(m.attempt());
        yield kind;
      }
        };
    assert written == kind;
  }

  private static <E extends Enum<E>> void names(CompiledOutput out, Collection<E> values) {
    out.varint(values.size());
    values.forEach(out::name);
  }

  private static <T> void strings(CompiledOutput out, Collection<T> values, Function<T, String> text) {
    out.varint(values.size());
    values.forEach(v -> out.string(text.apply(v)));
  }

  private static void dateRange(CompiledOutput out, Matcher.DateRange range) {
    out.int64(range.from().toEpochDay());
    out.int64(range.to().toEpochDay());
    out.string(range.label());
  }

  private static void source(CompiledOutput out, PackSource source) {
    out.string(source.document());
    out.string(source.edition());
  }

  static void duration(CompiledOutput out, Duration d) {
    out.int64(d.getSeconds());
    out.varint(d.getNano());
  }
}
