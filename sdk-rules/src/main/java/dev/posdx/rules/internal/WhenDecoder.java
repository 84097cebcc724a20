package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.PackFormat.DATE_RANGE_FIELDS;
import static dev.posdx.rules.internal.PackFormat.TIME_WINDOW_FIELDS;
import static dev.posdx.rules.internal.PackFormat.WHEN_MERCHANT_FIELDS;
import static dev.posdx.rules.internal.PackFormat.WHEN_TERMINAL_FIELDS;
import static dev.posdx.rules.internal.PackFormat.WHEN_TIME_FIELDS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantAdviceCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.core.rule.Matcher;
import dev.posdx.rules.RulePackException.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Decodes a rule's {@code when} into the core's matchers. Not thread-safe: one per document. */
final class WhenDecoder {

  private final PackProblems problems;
  private final PackValues values;

  WhenDecoder(PackProblems problems, PackValues values) {
    this.problems = problems;
    this.values = values;
  }

  List<Matcher> when(JsonFields when) {
    List<Matcher> matchers = new ArrayList<>();
    int failures = problems.count();
    add(matchers, () -> values.enumSet(when, "network", Network.class).map(Matcher.NetworkIn::new));
    add(matchers, () -> values.set(when, "responseCode", ResponseCode::of).map(Matcher.ResponseCodeIn::new));
    add(matchers, () -> when.bool("responseCodePresent").map(Matcher.ResponseCodePresent::new));
    add(matchers, () -> values.set(when, "merchantAdviceCode", MerchantAdviceCode::of).map(Matcher.AdviceCodeIn::new));
    add(matchers, () -> values.enumSet(when, "transactionType", TransactionType.class).map(Matcher.TransactionTypeIn::new));
    add(matchers, () -> values.enumSet(when, "entryMode", EntryMode.class).map(Matcher.EntryModeIn::new));
    add(matchers, () -> when.bool("cardExpired").map(Matcher.CardExpired::new));
    add(matchers, () -> values.set(when, "issuerCountry", CountryCode::of).map(Matcher.IssuerCountryIn::new));
    add(matchers, () -> when.bool("crossBorder").map(Matcher.CrossBorder::new));
    add(matchers, () -> values.set(when, "currency", Amount::currency).map(Matcher.CurrencyIn::new));
    add(matchers, () -> when.bool("currencyMismatch").map(Matcher.CurrencyMismatch::new));
    add(matchers, () -> values.integer(when, "attemptAtLeast", 1, Integer.MAX_VALUE).map(n -> new Matcher.AttemptAtLeast(n.intValue())));
    JsonFields terminal = problems.attempt(() -> when.object("terminal", WHEN_TERMINAL_FIELDS).orElse(null));
    if (terminal != null) {
      int before = matchers.size();
      add(matchers, () -> values.enumSet(terminal, "reader", ReaderStatus.class).map(Matcher.ReaderIn::new));
      add(matchers, () -> values.enumSet(terminal, "link", LinkStatus.class).map(Matcher.LinkIn::new));
      add(matchers, () -> values.enumSet(terminal, "host", HostReply.class).map(Matcher.HostReplyIn::new));
      add(matchers, () -> values.enumSet(terminal, "keys", KeyStatus.class).map(Matcher.KeysIn::new));
      add(matchers, () -> values.enumSet(terminal, "kernelOutcome", KernelOutcome.class).map(Matcher.KernelOutcomeIn::new));
      add(matchers, () -> values.enumSet(terminal, "printer", PrinterStatus.class).map(Matcher.PrinterIn::new));
      add(matchers, () -> terminal.text("tvrAnyBit").map(v -> terminal.convert("tvrAnyBit", v, hex -> new Matcher.TvrAnySet(Tvr.ofHex(hex)))));
      add(matchers, () -> terminal.bool("inputTimedOut").map(Matcher.InputTimedOut::new));
      add(matchers, () -> values.integer(terminal, "latencyAtLeastMs", 0, Long.MAX_VALUE).map(ms -> new Matcher.LatencyAtLeast(Duration.ofMillis(ms))));
      add(matchers, () -> values.integer(terminal, "clockSkewAtLeastSeconds", 1, Long.MAX_VALUE).map(s -> new Matcher.ClockSkewAtLeast(Duration.ofSeconds(s))));
      values.requireSomething(terminal, matchers.size() > before);
    }
    JsonFields merchant = problems.attempt(() -> when.object("merchant", WHEN_MERCHANT_FIELDS).orElse(null));
    if (merchant != null) {
      int before = matchers.size();
      add(matchers, () -> values.set(merchant, "acquirer", v -> identifier(v, MerchantContext.Builder::acquirer)).map(Matcher.AcquirerIn::new));
      add(matchers, () -> values.set(merchant, "chainId", v -> identifier(v, MerchantContext.Builder::chainId)).map(Matcher.ChainIn::new));
      add(matchers, () -> values.set(merchant, "storeId", v -> identifier(v, MerchantContext.Builder::storeId)).map(Matcher.StoreIn::new));
      add(matchers, () -> merchant.bool("originalStoreDiffers").map(Matcher.OriginalStoreDiffers::new));
      add(matchers, () -> values.set(merchant, "country", CountryCode::of).map(Matcher.MerchantCountryIn::new));
      values.requireSomething(merchant, matchers.size() > before);
    }
    JsonFields time = problems.attempt(() -> when.object("time", WHEN_TIME_FIELDS).orElse(null));
    if (time != null) {
      int before = matchers.size();
      add(matchers, () -> time.object("localTimeBetween", TIME_WINDOW_FIELDS).map(w -> {
        LocalTime from = values.time(w, "from");
        LocalTime to = values.time(w, "to");
        return w.convertAt(w.path(), "", () -> new Matcher.LocalTimeBetween(from, to));
      }));
      add(matchers, () -> values.enumSet(time, "daysOfWeek", DayOfWeek.class).map(Matcher.DayOfWeekIn::new));
      add(matchers, () -> time.list("dates").map(list -> dates(time, list)));
      add(matchers, () -> values.optionalDate(time, "onOrAfter").map(Matcher.DateOnOrAfter::new));
      add(matchers, () -> values.optionalDate(time, "before").map(Matcher.DateBefore::new));
      values.requireSomething(time, matchers.size() > before);
    }
    if (problems.count() > failures) {
      throw new PackProblems.Abandon();
    }
    if (matchers.isEmpty()) {
      throw problems.fail(Reason.MISSING_FIELD, when.path(),
          "when needs at least one condition, such as responseCode: [\"05\"]; a rule without one would match every payment");
    }
    return matchers;
  }

  private Matcher dates(JsonFields time, JsonNode list) {
    if (list.isEmpty()) {
      throw problems.fail(Reason.BAD_VALUE, time.path("dates"), "dates needs at least one {from, to, label}");
    }
    return new Matcher.DateIn(problems.each(list, time.path("dates"), (node, at) -> {
      JsonFields r = problems.fields(node, at, DATE_RANGE_FIELDS);
      LocalDate from = problems.attempt(() -> values.date(r, "from"));
      LocalDate to = problems.attempt(() -> values.date(r, "to"));
      String label = problems.attempt(() -> r.requiredText("label"));
      if (from == null || to == null || label == null) {
        throw new PackProblems.Abandon();
      }
      return r.convertAt(at, "", () -> new Matcher.DateRange(from, to, label));
    }));
  }

  private static String identifier(String value, BiConsumer<MerchantContext.Builder, String> setter) {
    // The core's builder holds the one rule for merchant-side ids; reuse it to check.
    setter.accept(MerchantContext.builder(), value);
    return value;
  }

  private void add(List<Matcher> matchers, Supplier<Optional<? extends Matcher>> matcher) {
    Optional<? extends Matcher> m = problems.attempt(matcher::get);
    if (m != null) {
      m.ifPresent(matchers::add);
    }
  }
}
