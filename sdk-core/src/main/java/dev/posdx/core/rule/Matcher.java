package dev.posdx.core.rule;

import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.outcome.Amount;
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
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One typed condition on a {@link TransactionOutcome}, from a closed set. A field the outcome
 * does not know never matches. Matchers are values: two with the same parameters are equal.
 *
 * @since 0.1
 */
public sealed interface Matcher {

  /** {@return the input field the matcher reads, named as in the JSON-lines contract} */
  String field();

  /**
   * {@return true when the outcome satisfies the condition} Never throws; a field the outcome does
   * not know never matches.
   *
   * @param outcome the transaction outcome to test
   */
  boolean test(TransactionOutcome outcome);

  /** {@return the field and condition, for traces and {@code posdx explain}} */
  default Evidence evidence() {
    return new Evidence(field(), condition());
  }

  /** {@return the condition in words, such as {@code in [05, 51]}} */
  String condition();

  private static <E extends Enum<E>> Set<E> enums(Collection<E> values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " matcher needs at least one value");
    }
    // Not empty (checked above), so EnumSet.copyOf can tell the enum from the values.
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  private static <T extends Comparable<T>> Set<T> sorted(Collection<T> values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " matcher needs at least one value");
    }
    return sortedCopy(new TreeSet<T>(), values);
  }

  // Sorted by the TreeSet, kept in that order unmodifiable: ImmutableSortedSet's order, equality and text,
  // contains(null) false as it was (a TreeSet throws), and no Guava ordering classes loaded at start-up.
  private static <T> Set<T> sortedCopy(TreeSet<T> empty, Collection<T> values) {
    empty.addAll(values);
    return Frozen.set(empty);
  }

  // Set membership, written once: a field the outcome does not know is in no set.
  private static <T> boolean oneOf(Set<T> values, Optional<T> value) {
    return value.isPresent() && values.contains(value.get());
  }

  private static String in(Collection<?> values) {
    return "in " + values;
  }

  /** The outcome's network is one of these. */
  record NetworkIn(Set<Network> networks) implements Matcher {
    /** @param networks the networks that match; at least one, else IllegalArgumentException */
    public NetworkIn {
      networks = enums(networks, "network");
    }

    /**
     * {@return a matcher for these networks}
     * @param networks the networks that match; at least one
     * @throws IllegalArgumentException if none is given
     */
    public static NetworkIn of(Network... networks) {
      return new NetworkIn(Set.of(networks));
    }

    @Override
    public String field() {
      return "network";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return networks.contains(o.network());
    }

    @Override
    public String condition() {
      return in(networks);
    }
  }

  /** The host answered one of these codes. */
  record ResponseCodeIn(Set<ResponseCode> codes) implements Matcher {
    /** @param codes the response codes that match; at least one, else IllegalArgumentException */
    public ResponseCodeIn {
      codes = sorted(codes, "responseCode");
    }

    /**
     * {@return a matcher for these response codes, such as {@code "05"}}
     * @param codes the codes that match, 1-3 letters or digits each; at least one
     * @throws IllegalArgumentException if none is given or a code is malformed
     */
    public static ResponseCodeIn of(String... codes) {
      TreeSet<ResponseCode> parsed = new TreeSet<>();
      for (String code : Frozen.listOf(codes)) {
        parsed.add(ResponseCode.of(code));
      }
      return new ResponseCodeIn(parsed);
    }

    @Override
    public String field() {
      return "responseCode";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(codes, o.responseCode());
    }

    @Override
    public String condition() {
      return in(codes);
    }
  }

  /** Whether the host answered with any code at all. */
  record ResponseCodePresent(boolean present) implements Matcher {
    @Override
    public String field() {
      return "responseCode";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return o.responseCode().isPresent() == present;
    }

    @Override
    public String condition() {
      return present ? "present" : "absent";
    }
  }

  /** Mastercard's merchant advice code is one of these. */
  record AdviceCodeIn(Set<MerchantAdviceCode> codes) implements Matcher {
    /** @param codes the merchant advice codes that match; at least one, else IllegalArgumentException */
    public AdviceCodeIn {
      codes = sorted(codes, "merchantAdviceCode");
    }

    @Override
    public String field() {
      return "merchantAdviceCode";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(codes, o.merchantAdviceCode());
    }

    @Override
    public String condition() {
      return in(codes);
    }
  }

  /** The transaction is of one of these types (sale, refund, void, ...). */
  record TransactionTypeIn(Set<TransactionType> types) implements Matcher {
    /** @param types the transaction types that match; at least one, else IllegalArgumentException */
    public TransactionTypeIn {
      types = enums(types, "transactionType");
    }

    @Override
    public String field() {
      return "transactionType";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(types, o.transactionType());
    }

    @Override
    public String condition() {
      return in(types);
    }
  }

  /** The card was presented in one of these ways (chip, contactless, swipe, keyed, ...). */
  record EntryModeIn(Set<EntryMode> modes) implements Matcher {
    /** @param modes the entry modes that match; at least one, else IllegalArgumentException */
    public EntryModeIn {
      modes = enums(modes, "entryMode");
    }

    @Override
    public String field() {
      return "entryMode";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(modes, o.entryMode());
    }

    @Override
    public String condition() {
      return in(modes);
    }
  }

  /** The card reader was in one of these states. */
  record ReaderIn(Set<ReaderStatus> states) implements Matcher {
    /** @param states the reader states that match; at least one, else IllegalArgumentException */
    public ReaderIn {
      states = enums(states, "terminal.reader");
    }

    @Override
    public String field() {
      return "terminal.reader";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(states, o.terminal().reader());
    }

    @Override
    public String condition() {
      return in(states);
    }
  }

  /** The terminal's network link was in one of these states. */
  record LinkIn(Set<LinkStatus> states) implements Matcher {
    /** @param states the link states that match; at least one, else IllegalArgumentException */
    public LinkIn {
      states = enums(states, "terminal.link");
    }

    @Override
    public String field() {
      return "terminal.link";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(states, o.terminal().link());
    }

    @Override
    public String condition() {
      return in(states);
    }
  }

  /** The host's reply, as the terminal saw it, was one of these (answered, timed out, ...). */
  record HostReplyIn(Set<HostReply> replies) implements Matcher {
    /** @param replies the host replies that match; at least one, else IllegalArgumentException */
    public HostReplyIn {
      replies = enums(replies, "terminal.host");
    }

    @Override
    public String field() {
      return "terminal.host";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(replies, o.terminal().hostReply());
    }

    @Override
    public String condition() {
      return in(replies);
    }
  }

  /** The terminal's payment keys were in one of these states. */
  record KeysIn(Set<KeyStatus> states) implements Matcher {
    /** @param states the key states that match; at least one, else IllegalArgumentException */
    public KeysIn {
      states = enums(states, "terminal.keys");
    }

    @Override
    public String field() {
      return "terminal.keys";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(states, o.terminal().keys());
    }

    @Override
    public String condition() {
      return in(states);
    }
  }

  /** The EMV kernel ended the card dialogue with one of these outcomes. */
  record KernelOutcomeIn(Set<KernelOutcome> outcomes) implements Matcher {
    /** @param outcomes the kernel outcomes that match; at least one, else IllegalArgumentException */
    public KernelOutcomeIn {
      outcomes = enums(outcomes, "terminal.kernelOutcome");
    }

    @Override
    public String field() {
      return "terminal.kernelOutcome";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(outcomes, o.terminal().kernelOutcome());
    }

    @Override
    public String condition() {
      return in(outcomes);
    }
  }

  /** The receipt printer was in one of these states. */
  record PrinterIn(Set<PrinterStatus> states) implements Matcher {
    /** @param states the printer states that match; at least one, else IllegalArgumentException */
    public PrinterIn {
      states = enums(states, "terminal.printer");
    }

    @Override
    public String field() {
      return "terminal.printer";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(states, o.terminal().printer());
    }

    @Override
    public String condition() {
      return in(states);
    }
  }

  /** Any of the TVR bits in {@code mask} is set (EMV Book 3 Annex C5). */
  record TvrAnySet(Tvr mask) implements Matcher {
    /** @param mask the TVR bits to look for; at least one bit set, else IllegalArgumentException */
    public TvrAnySet {
      if (mask.bits() == 0) {
        throw new IllegalArgumentException("terminal.tvr matcher needs at least one bit");
      }
    }

    @Override
    public String field() {
      return "terminal.tvr";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<Tvr> tvr = o.terminal().tvr();
      return tvr.isPresent() && (tvr.get().bits() & mask.bits()) != 0;
    }

    @Override
    public String condition() {
      return "has any bit of " + mask.toHex();
    }
  }

  /** The cardholder did (or did not) let the terminal's input prompt time out; an unknown value never matches. */
  record InputTimedOut(boolean timedOut) implements Matcher {
    @Override
    public String field() {
      return "terminal.inputTimedOut";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<Boolean> t = o.terminal().inputTimedOut();
      return t.isPresent() && t.get() == timedOut;
    }

    @Override
    public String condition() {
      return "is " + timedOut;
    }
  }

  /** The host took at least this long to answer. */
  record LatencyAtLeast(Duration threshold) implements Matcher {
    /** @param threshold the least host latency that matches; zero or more, else IllegalArgumentException */
    public LatencyAtLeast {
      if (threshold.isNegative()) {
        throw new IllegalArgumentException("terminal.latencyMs threshold must not be negative");
      }
    }

    @Override
    public String field() {
      return "terminal.latencyMs";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<Duration> d = o.terminal().latency();
      return d.isPresent() && d.get().compareTo(threshold) >= 0;
    }

    @Override
    public String condition() {
      return ">= " + threshold.toMillis() + " ms";
    }
  }

  /** The terminal's clock is off the host's by at least this much, either way. */
  record ClockSkewAtLeast(Duration threshold) implements Matcher {
    /** @param threshold the least clock skew that matches, either direction; positive, else IllegalArgumentException */
    public ClockSkewAtLeast {
      if (threshold.isNegative() || threshold.isZero()) {
        throw new IllegalArgumentException("terminal.clockSkewSeconds threshold must be positive");
      }
    }

    @Override
    public String field() {
      return "terminal.clockSkewSeconds";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<Duration> d = o.terminal().clockSkew();
      return d.isPresent() && d.get().abs().compareTo(threshold) >= 0;
    }

    @Override
    public String condition() {
      return "|skew| >= " + threshold.toSeconds() + " s";
    }
  }

  /** The card's expiry month is before the month of the transaction (both must be known). */
  record CardExpired(boolean expired) implements Matcher {
    @Override
    public String field() {
      return "cardExpiry";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<YearMonth> expiry = o.cardExpiry();
      Optional<ZonedDateTime> time = o.time();
      return expiry.isPresent() && time.isPresent() && expiry.get().isBefore(YearMonth.from(time.get())) == expired;
    }

    @Override
    public String condition() {
      return expired ? "before the transaction month" : "not before the transaction month";
    }
  }

  /** The merchant's acquirer is one of these identifiers. */
  record AcquirerIn(Set<String> acquirers) implements Matcher {
    /** @param acquirers the acquirer identifiers that match; at least one, else IllegalArgumentException */
    public AcquirerIn {
      acquirers = sorted(acquirers, "merchant.acquirer");
    }

    @Override
    public String field() {
      return "merchant.acquirer";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(acquirers, o.merchant().acquirer());
    }

    @Override
    public String condition() {
      return in(acquirers);
    }
  }

  /** The merchant belongs to one of these chains. */
  record ChainIn(Set<String> chains) implements Matcher {
    /** @param chains the chain identifiers that match; at least one, else IllegalArgumentException */
    public ChainIn {
      chains = sorted(chains, "merchant.chainId");
    }

    @Override
    public String field() {
      return "merchant.chainId";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(chains, o.merchant().chainId());
    }

    @Override
    public String condition() {
      return in(chains);
    }
  }

  /** The transaction was taken by one of these stores. */
  record StoreIn(Set<String> stores) implements Matcher {
    /** @param stores the store identifiers that match; at least one, else IllegalArgumentException */
    public StoreIn {
      stores = sorted(stores, "merchant.storeId");
    }

    @Override
    public String field() {
      return "merchant.storeId";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(stores, o.merchant().storeId());
    }

    @Override
    public String condition() {
      return in(stores);
    }
  }

  /** The original sale of a void or refund was taken by another store (both stores known). */
  record OriginalStoreDiffers(boolean differs) implements Matcher {
    @Override
    public String field() {
      return "merchant.originalStoreId";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      boolean known = o.merchant().storeId().isPresent() && o.merchant().originalStoreId().isPresent();
      return known && o.merchant().originalStoreDiffers() == differs;
    }

    @Override
    public String condition() {
      return differs ? "differs from merchant.storeId" : "equals merchant.storeId";
    }
  }

  /** The merchant is in one of these countries. */
  record MerchantCountryIn(Set<CountryCode> countries) implements Matcher {
    /** @param countries the merchant countries that match; at least one, else IllegalArgumentException */
    public MerchantCountryIn {
      countries = sorted(countries, "merchant.country");
    }

    @Override
    public String field() {
      return "merchant.country";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(countries, o.merchant().country());
    }

    @Override
    public String condition() {
      return in(countries);
    }
  }

  /** The card's issuer is in one of these countries. */
  record IssuerCountryIn(Set<CountryCode> countries) implements Matcher {
    /** @param countries the issuer countries that match; at least one, else IllegalArgumentException */
    public IssuerCountryIn {
      countries = sorted(countries, "issuerCountry");
    }

    @Override
    public String field() {
      return "issuerCountry";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(countries, o.issuerCountry());
    }

    @Override
    public String condition() {
      return in(countries);
    }
  }

  /** The issuer's country differs from the merchant's (both known). */
  record CrossBorder(boolean crossBorder) implements Matcher {
    @Override
    public String field() {
      return "issuerCountry";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<CountryCode> issuer = o.issuerCountry();
      Optional<CountryCode> merchant = o.merchant().country();
      return issuer.isPresent() && merchant.isPresent() && !issuer.get().equals(merchant.get()) == crossBorder;
    }

    @Override
    public String condition() {
      return crossBorder ? "differs from merchant.country" : "equals merchant.country";
    }
  }

  /** The transaction is in one of these currencies. */
  record CurrencyIn(Set<Currency> currencies) implements Matcher {
    /** @param currencies the transaction currencies that match; at least one, else IllegalArgumentException */
    public CurrencyIn {
      if (currencies.isEmpty()) {
        throw new IllegalArgumentException("currency matcher needs at least one value");
      }
      currencies = sortedCopy(new TreeSet<Currency>(ValueOrders.BY_CURRENCY_CODE), currencies);
    }

    @Override
    public String field() {
      return "currency";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(currencies, o.amount().map(Amount::currency));
    }

    @Override
    public String condition() {
      return in(currencies);
    }
  }

  /** The card's currency differs from the transaction's (both known). */
  record CurrencyMismatch(boolean mismatch) implements Matcher {
    @Override
    public String field() {
      return "cardCurrency";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return o.cardCurrency().isPresent()
          && o.amount().isPresent()
          && !o.cardCurrency().get().equals(o.amount().get().currency()) == mismatch;
    }

    @Override
    public String condition() {
      return mismatch ? "differs from the transaction currency" : "equals the transaction currency";
    }
  }

  /** The local time of day is in {@code [from, to)}; a window past midnight wraps. */
  record LocalTimeBetween(LocalTime from, LocalTime to) implements Matcher {
    /**
     * @param from the first local time of the window, inclusive
     * @param to the end of the window, exclusive; earlier than {@code from} for a window past midnight
     * @throws IllegalArgumentException if {@code from} equals {@code to} (an empty window)
     */
    public LocalTimeBetween {
      if (from.equals(to)) {
        throw new IllegalArgumentException("time window " + from + "-" + to + " is empty");
      }
    }

    @Override
    public String field() {
      return "time";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      Optional<ZonedDateTime> time = o.time();
      if (time.isEmpty()) {
        return false;
      }
      LocalTime t = time.get().toLocalTime();
      return from.isBefore(to)
          ? !t.isBefore(from) && t.isBefore(to)
          : !t.isBefore(from) || t.isBefore(to);
    }

    @Override
    public String condition() {
      return "local time in [" + from + ", " + to + ")";
    }
  }

  /** The local date falls on one of these days of the week. */
  record DayOfWeekIn(Set<DayOfWeek> days) implements Matcher {
    /** @param days the days that match; at least one, else IllegalArgumentException */
    public DayOfWeekIn {
      days = enums(days, "time");
    }

    @Override
    public String field() {
      return "time";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return oneOf(days, o.time().map(ZonedDateTime::getDayOfWeek));
    }

    @Override
    public String condition() {
      return "day of week " + in(days);
    }
  }

  /** The local date falls in one of these inclusive ranges (holidays, shopping festivals). */
  record DateIn(List<DateRange> ranges) implements Matcher {
    /** @param ranges the date ranges that match, in any order; at least one, else IllegalArgumentException */
    public DateIn {
      if (ranges.isEmpty()) {
        throw new IllegalArgumentException("time date matcher needs at least one range");
      }
      ranges = Frozen.sortedList(ranges, ValueOrders.BY_FIRST_DAY);
    }

    @Override
    public String field() {
      return "time";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      if (o.time().isEmpty()) {
        return false;
      }
      LocalDate day = o.time().get().toLocalDate();
      for (DateRange range : ranges) {
        if (range.contains(day)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String condition() {
      return "local date " + in(ranges);
    }
  }

  /** The local date is this one or later: a rule that takes effect on a date (a scheme's change). */
  record DateOnOrAfter(LocalDate date) implements Matcher {
    @Override
    public String field() {
      return "time";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return o.time().isPresent() && !o.time().get().toLocalDate().isBefore(date);
    }

    @Override
    public String condition() {
      return "local date on or after " + date;
    }
  }

  /** The local date is before this one: a rule that stops applying on a date. */
  record DateBefore(LocalDate date) implements Matcher {
    @Override
    public String field() {
      return "time";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return o.time().isPresent() && o.time().get().toLocalDate().isBefore(date);
    }

    @Override
    public String condition() {
      return "local date before " + date;
    }
  }

  /** This is at least the n-th try of the card for the sale. */
  record AttemptAtLeast(int attempt) implements Matcher {
    /** @param attempt the least attempt number that matches, counting the first try as 1; else IllegalArgumentException */
    public AttemptAtLeast {
      if (attempt < 1) {
        throw new IllegalArgumentException("attempt threshold must be 1 or more, got " + attempt);
      }
    }

    @Override
    public String field() {
      return "attempt";
    }

    @Override
    public boolean test(TransactionOutcome o) {
      return o.attempt().isPresent() && o.attempt().getAsInt() >= attempt;
    }

    @Override
    public String condition() {
      return ">= " + attempt;
    }
  }

  /** An inclusive range of local dates, with a label such as the holiday's name. */
  record DateRange(LocalDate from, LocalDate to, String label) {
    /**
     * @param from the first day of the range
     * @param to the last day of the range, inclusive; not before {@code from}
     * @param label what the range is, such as a holiday's name; shown in traces
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public DateRange {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date range " + label + " ends before it starts (" + to + ")");
      }
    }

    /**
     * {@return true when the day is in the range, ends included}
     * @param day the local date to test
     */
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
      return label + " " + from + ".." + to;
    }
  }
}
