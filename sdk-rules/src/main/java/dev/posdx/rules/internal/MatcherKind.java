package dev.posdx.rules.internal;

import dev.posdx.core.rule.Matcher;
import java.util.HashMap;
import java.util.Map;

/**
 * One constant per {@link Matcher} record: the tag the compiled form writes before a matcher.
 * The writer and reader switch over it, so a new constant fails to compile until both handle it;
 * the build's pack compiler (and a test) fail on a new record without a constant. Bump {@link CompiledForm#FORMAT_VERSION} when constants change.
 */
enum MatcherKind {
  NETWORK_IN(Matcher.NetworkIn.class),
  RESPONSE_CODE_IN(Matcher.ResponseCodeIn.class),
  RESPONSE_CODE_PRESENT(Matcher.ResponseCodePresent.class),
  ADVICE_CODE_IN(Matcher.AdviceCodeIn.class),
  TRANSACTION_TYPE_IN(Matcher.TransactionTypeIn.class),
  ENTRY_MODE_IN(Matcher.EntryModeIn.class),
  READER_IN(Matcher.ReaderIn.class),
  LINK_IN(Matcher.LinkIn.class),
  HOST_REPLY_IN(Matcher.HostReplyIn.class),
  KEYS_IN(Matcher.KeysIn.class),
  KERNEL_OUTCOME_IN(Matcher.KernelOutcomeIn.class),
  PRINTER_IN(Matcher.PrinterIn.class),
  TVR_ANY_SET(Matcher.TvrAnySet.class),
  INPUT_TIMED_OUT(Matcher.InputTimedOut.class),
  LATENCY_AT_LEAST(Matcher.LatencyAtLeast.class),
  CLOCK_SKEW_AT_LEAST(Matcher.ClockSkewAtLeast.class),
  CARD_EXPIRED(Matcher.CardExpired.class),
  ACQUIRER_IN(Matcher.AcquirerIn.class),
  CHAIN_IN(Matcher.ChainIn.class),
  STORE_IN(Matcher.StoreIn.class),
  ORIGINAL_STORE_DIFFERS(Matcher.OriginalStoreDiffers.class),
  MERCHANT_COUNTRY_IN(Matcher.MerchantCountryIn.class),
  ISSUER_COUNTRY_IN(Matcher.IssuerCountryIn.class),
  CROSS_BORDER(Matcher.CrossBorder.class),
  CURRENCY_IN(Matcher.CurrencyIn.class),
  CURRENCY_MISMATCH(Matcher.CurrencyMismatch.class),
  LOCAL_TIME_BETWEEN(Matcher.LocalTimeBetween.class),
  DAY_OF_WEEK_IN(Matcher.DayOfWeekIn.class),
  DATE_IN(Matcher.DateIn.class),
  DATE_ON_OR_AFTER(Matcher.DateOnOrAfter.class),
  DATE_BEFORE(Matcher.DateBefore.class),
  ATTEMPT_AT_LEAST(Matcher.AttemptAtLeast.class);

  private static final Map<Class<?>, MatcherKind> BY_TYPE = new HashMap<>();

  static {
    for (MatcherKind kind : values()) {
      BY_TYPE.put(kind.type, kind);
    }
  }

  private final Class<? extends Matcher> type;

  MatcherKind(Class<? extends Matcher> type) {
    this.type = type;
  }

  static MatcherKind of(Matcher matcher) {
    MatcherKind kind = BY_TYPE.get(matcher.getClass());
    if (kind == null) {
      throw new IllegalStateException("matcher type " + matcher.getClass().getName() + " has no MatcherKind: add one and serialize it");
    }
    return kind;
  }

  /** Whether the compiled form has a kind for this matcher type. */
  static boolean has(Class<?> type) {
    return BY_TYPE.containsKey(type);
  }

}
