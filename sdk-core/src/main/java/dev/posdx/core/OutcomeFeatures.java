package dev.posdx.core;

import dev.posdx.core.internal.OutcomeFeatureSlot;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Matcher;
import java.time.YearMonth;
import java.util.Set;

/**
 * The enum-valued and yes/no facts of an outcome packed into one {@code long}, one bit per
 * (field, value). A matcher over such a field becomes a mask, so most rules are accepted or
 * rejected with a few ANDs instead of virtual calls that allocate {@code Optional}s.
 */
// Bit positions are ordinals on purpose: the layout is derived from values() when the class loads
// and lives only in this JVM's memory (never stored or sent), so reordering an enum cannot break it.
@SuppressWarnings("EnumOrdinal")
final class OutcomeFeatures {

  private static final int TRANSACTION_TYPE = 0;
  private static final int ENTRY_MODE = TRANSACTION_TYPE + TransactionType.values().length;
  private static final int READER = ENTRY_MODE + EntryMode.values().length;
  private static final int LINK = READER + ReaderStatus.values().length;
  private static final int HOST = LINK + LinkStatus.values().length;
  private static final int KEYS = HOST + HostReply.values().length;
  private static final int KERNEL = KEYS + KeyStatus.values().length;
  private static final int PRINTER = KERNEL + KernelOutcome.values().length;
  private static final int INPUT_TIMED_OUT = PRINTER + PrinterStatus.values().length; // +0 false, +1 true
  private static final int CODE_PRESENT = INPUT_TIMED_OUT + 2;
  private static final int CROSS_BORDER = CODE_PRESENT + 2;
  private static final int CURRENCY_MISMATCH = CROSS_BORDER + 2;
  private static final int ORIGINAL_STORE_DIFFERS = CURRENCY_MISMATCH + 2;
  private static final int CARD_EXPIRED = ORIGINAL_STORE_DIFFERS + 2;
  // One bit each, set when the field is known: a matcher the word cannot decide never holds without its field.
  private static final int ADVICE_CODE_KNOWN = CARD_EXPIRED + 2;
  private static final int TVR_KNOWN = ADVICE_CODE_KNOWN + 1;
  private static final int LATENCY_KNOWN = TVR_KNOWN + 1;
  private static final int CLOCK_SKEW_KNOWN = LATENCY_KNOWN + 1;
  private static final int ACQUIRER_KNOWN = CLOCK_SKEW_KNOWN + 1;
  private static final int CHAIN_KNOWN = ACQUIRER_KNOWN + 1;
  private static final int STORE_KNOWN = CHAIN_KNOWN + 1;
  private static final int MERCHANT_COUNTRY_KNOWN = STORE_KNOWN + 1;
  private static final int ISSUER_COUNTRY_KNOWN = MERCHANT_COUNTRY_KNOWN + 1;
  private static final int AMOUNT_KNOWN = ISSUER_COUNTRY_KNOWN + 1;
  private static final int TIME_KNOWN = AMOUNT_KNOWN + 1;
  private static final int ATTEMPT_KNOWN = TIME_KNOWN + 1;
  static final int BITS = ATTEMPT_KNOWN + 1;

  static {
    if (BITS > 64) {
      // Not AssertionError: that class is outside the JDK's shared archive and would load with this one.
      throw new IllegalStateException("outcome features no longer fit in a long: " + BITS);
    }
  }

  // A holder: the slot is first read on a diagnosis, when an outcome (and its class) exists, so
  // compiling the index neither initializes TransactionOutcome nor builds an outcome to do so.
  private static final class Cached {
    static final OutcomeFeatureSlot.Slot SLOT = OutcomeFeatureSlot.slot();
  }

  private OutcomeFeatures() {}

  /** The outcome's feature bits, computed on its first diagnosis and kept on the outcome. */
  static long of(TransactionOutcome o) {
    long f = Cached.SLOT.get(o);
    if (f == 0) {
      f = compute(o);
      Cached.SLOT.set(o, f);
    }
    return f;
  }

  /** The outcome's response code as its {@link dev.posdx.core.internal.CodeKey}, kept on the outcome when it was built. */
  static int codeKey(TransactionOutcome o) {
    return Cached.SLOT.codeKey(o);
  }

  /**
   * The outcome's feature bits from its fields; an unknown field sets no bit, so it matches no
   * mask. Never 0: the code's presence or absence always sets a bit.
   */
  static long compute(TransactionOutcome o) {
    long f = 0;
    if (o.transactionType().isPresent()) f |= bit(TRANSACTION_TYPE, o.transactionType().get().ordinal());
    if (o.entryMode().isPresent()) f |= bit(ENTRY_MODE, o.entryMode().get().ordinal());
    var t = o.terminal();
    if (t.reader().isPresent()) f |= bit(READER, t.reader().get().ordinal());
    if (t.link().isPresent()) f |= bit(LINK, t.link().get().ordinal());
    if (t.hostReply().isPresent()) f |= bit(HOST, t.hostReply().get().ordinal());
    if (t.keys().isPresent()) f |= bit(KEYS, t.keys().get().ordinal());
    if (t.kernelOutcome().isPresent()) f |= bit(KERNEL, t.kernelOutcome().get().ordinal());
    if (t.printer().isPresent()) f |= bit(PRINTER, t.printer().get().ordinal());
    if (t.inputTimedOut().isPresent()) f |= yesNo(INPUT_TIMED_OUT, t.inputTimedOut().get());
    f |= yesNo(CODE_PRESENT, o.responseCode().isPresent());
    var m = o.merchant();
    if (o.issuerCountry().isPresent() && m.country().isPresent()) {
      f |= yesNo(CROSS_BORDER, !o.issuerCountry().get().equals(m.country().get()));
    }
    if (o.cardCurrency().isPresent() && o.amount().isPresent()) {
      f |= yesNo(CURRENCY_MISMATCH, !o.cardCurrency().get().equals(o.amount().get().currency()));
    }
    if (m.storeId().isPresent() && m.originalStoreId().isPresent()) {
      f |= yesNo(ORIGINAL_STORE_DIFFERS, m.originalStoreDiffers());
    }
    if (o.cardExpiry().isPresent() && o.time().isPresent()) {
      f |= yesNo(CARD_EXPIRED, o.cardExpiry().get().isBefore(YearMonth.from(o.time().get())));
    }
    f |= known(ADVICE_CODE_KNOWN, o.merchantAdviceCode().isPresent());
    f |= known(TVR_KNOWN, t.tvr().isPresent());
    f |= known(LATENCY_KNOWN, t.latency().isPresent());
    f |= known(CLOCK_SKEW_KNOWN, t.clockSkew().isPresent());
    f |= known(ACQUIRER_KNOWN, m.acquirer().isPresent());
    f |= known(CHAIN_KNOWN, m.chainId().isPresent());
    f |= known(STORE_KNOWN, m.storeId().isPresent());
    f |= known(MERCHANT_COUNTRY_KNOWN, m.country().isPresent());
    f |= known(ISSUER_COUNTRY_KNOWN, o.issuerCountry().isPresent());
    f |= known(AMOUNT_KNOWN, o.amount().isPresent());
    f |= known(TIME_KNOWN, o.time().isPresent());
    f |= known(ATTEMPT_KNOWN, o.attempt().isPresent());
    return f;
  }

  /**
   * The bit of the field a matcher that {@link #mask} cannot decide reads: the matcher never holds
   * when the field is unknown, so a rule with it is ruled out by the word alone. 0 when there is none.
   */
  static long needs(Matcher m) {
    if (m instanceof Matcher.AdviceCodeIn) return 1L << ADVICE_CODE_KNOWN;
    if (m instanceof Matcher.TvrAnySet) return 1L << TVR_KNOWN;
    if (m instanceof Matcher.LatencyAtLeast) return 1L << LATENCY_KNOWN;
    if (m instanceof Matcher.ClockSkewAtLeast) return 1L << CLOCK_SKEW_KNOWN;
    if (m instanceof Matcher.AcquirerIn) return 1L << ACQUIRER_KNOWN;
    if (m instanceof Matcher.ChainIn) return 1L << CHAIN_KNOWN;
    if (m instanceof Matcher.StoreIn) return 1L << STORE_KNOWN;
    if (m instanceof Matcher.MerchantCountryIn) return 1L << MERCHANT_COUNTRY_KNOWN;
    if (m instanceof Matcher.IssuerCountryIn) return 1L << ISSUER_COUNTRY_KNOWN;
    if (m instanceof Matcher.CurrencyIn) return 1L << AMOUNT_KNOWN;
    if (m instanceof Matcher.LocalTimeBetween
        || m instanceof Matcher.DayOfWeekIn
        || m instanceof Matcher.DateIn
        || m instanceof Matcher.DateOnOrAfter
        || m instanceof Matcher.DateBefore) return 1L << TIME_KNOWN;
    if (m instanceof Matcher.AttemptAtLeast) return 1L << ATTEMPT_KNOWN;
    return 0;
  }

  /** The mask a matcher needs at least one bit of, or 0 when it is not a feature matcher. */
  static long mask(Matcher m) {
    if (m instanceof Matcher.TransactionTypeIn x) return bits(TRANSACTION_TYPE, x.types());
    if (m instanceof Matcher.EntryModeIn x) return bits(ENTRY_MODE, x.modes());
    if (m instanceof Matcher.ReaderIn x) return bits(READER, x.states());
    if (m instanceof Matcher.LinkIn x) return bits(LINK, x.states());
    if (m instanceof Matcher.HostReplyIn x) return bits(HOST, x.replies());
    if (m instanceof Matcher.KeysIn x) return bits(KEYS, x.states());
    if (m instanceof Matcher.KernelOutcomeIn x) return bits(KERNEL, x.outcomes());
    if (m instanceof Matcher.PrinterIn x) return bits(PRINTER, x.states());
    if (m instanceof Matcher.InputTimedOut x) return yesNo(INPUT_TIMED_OUT, x.timedOut());
    if (m instanceof Matcher.ResponseCodePresent x) return yesNo(CODE_PRESENT, x.present());
    if (m instanceof Matcher.CrossBorder x) return yesNo(CROSS_BORDER, x.crossBorder());
    if (m instanceof Matcher.CurrencyMismatch x) return yesNo(CURRENCY_MISMATCH, x.mismatch());
    if (m instanceof Matcher.OriginalStoreDiffers x) return yesNo(ORIGINAL_STORE_DIFFERS, x.differs());
    if (m instanceof Matcher.CardExpired x) return yesNo(CARD_EXPIRED, x.expired());
    return 0;
  }

  /** Whether the outcome with this word has a response code, as {@code responseCode().isPresent()} says. */
  static boolean codePresent(long features) {
    return (features & yesNo(CODE_PRESENT, true)) != 0;
  }

  /** Whether the outcome with this word was sent with no reply, as {@link Semantics#sentNoReply} says. */
  static boolean sentNoReply(long features) {
    long noReply = yesNo(CODE_PRESENT, false) | bit(HOST, HostReply.TIMEOUT.ordinal());
    return (features & noReply) == noReply;
  }

  /** The bit a {@code responseCodePresent} matcher with this value needs. */
  static long codePresent(boolean present) {
    return yesNo(CODE_PRESENT, present);
  }

  private static <E extends Enum<E>> long bits(int offset, Set<E> values) {
    long mask = 0;
    for (E value : values) {
      mask |= bit(offset, value.ordinal());
    }
    return mask;
  }

  private static long bit(int offset, int ordinal) {
    return 1L << (offset + ordinal);
  }

  private static long known(int offset, boolean present) {
    return present ? 1L << offset : 0;
  }

  private static long yesNo(int offset, boolean yes) {
    return 1L << (offset + (yes ? 1 : 0));
  }
}
