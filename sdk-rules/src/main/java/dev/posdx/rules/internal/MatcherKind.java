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
  NETWORK_IN,
  RESPONSE_CODE_IN,
  RESPONSE_CODE_PRESENT,
  ADVICE_CODE_IN,
  TRANSACTION_TYPE_IN,
  ENTRY_MODE_IN,
  READER_IN,
  LINK_IN,
  HOST_REPLY_IN,
  KEYS_IN,
  KERNEL_OUTCOME_IN,
  PRINTER_IN,
  TVR_ANY_SET,
  INPUT_TIMED_OUT,
  LATENCY_AT_LEAST,
  CLOCK_SKEW_AT_LEAST,
  CARD_EXPIRED,
  ACQUIRER_IN,
  CHAIN_IN,
  STORE_IN,
  ORIGINAL_STORE_DIFFERS,
  MERCHANT_COUNTRY_IN,
  ISSUER_COUNTRY_IN,
  CROSS_BORDER,
  CURRENCY_IN,
  CURRENCY_MISMATCH,
  LOCAL_TIME_BETWEEN,
  DAY_OF_WEEK_IN,
  DATE_IN,
  DATE_ON_OR_AFTER,
  DATE_BEFORE,
  ATTEMPT_AT_LEAST;

  /**
   * Each record's kind, for the writer. Apart from the constants: a class literal loads its class,
   * and the reader at start-up should load only the matcher records the packs use.
   */
  private static final class ByType {
    static final Map<Class<?>, MatcherKind> KINDS = new HashMap<>();

    private static void put(Class<? extends Matcher> type, MatcherKind kind) {
      if (KINDS.containsValue(kind) || KINDS.put(type, kind) != null) {
        throw new IllegalStateException("matcher kind " + kind + " or type " + type.getName() + " is listed twice");
      }
    }

    static {
      put(Matcher.NetworkIn.class, NETWORK_IN);
      put(Matcher.ResponseCodeIn.class, RESPONSE_CODE_IN);
      put(Matcher.ResponseCodePresent.class, RESPONSE_CODE_PRESENT);
      put(Matcher.AdviceCodeIn.class, ADVICE_CODE_IN);
      put(Matcher.TransactionTypeIn.class, TRANSACTION_TYPE_IN);
      put(Matcher.EntryModeIn.class, ENTRY_MODE_IN);
      put(Matcher.ReaderIn.class, READER_IN);
      put(Matcher.LinkIn.class, LINK_IN);
      put(Matcher.HostReplyIn.class, HOST_REPLY_IN);
      put(Matcher.KeysIn.class, KEYS_IN);
      put(Matcher.KernelOutcomeIn.class, KERNEL_OUTCOME_IN);
      put(Matcher.PrinterIn.class, PRINTER_IN);
      put(Matcher.TvrAnySet.class, TVR_ANY_SET);
      put(Matcher.InputTimedOut.class, INPUT_TIMED_OUT);
      put(Matcher.LatencyAtLeast.class, LATENCY_AT_LEAST);
      put(Matcher.ClockSkewAtLeast.class, CLOCK_SKEW_AT_LEAST);
      put(Matcher.CardExpired.class, CARD_EXPIRED);
      put(Matcher.AcquirerIn.class, ACQUIRER_IN);
      put(Matcher.ChainIn.class, CHAIN_IN);
      put(Matcher.StoreIn.class, STORE_IN);
      put(Matcher.OriginalStoreDiffers.class, ORIGINAL_STORE_DIFFERS);
      put(Matcher.MerchantCountryIn.class, MERCHANT_COUNTRY_IN);
      put(Matcher.IssuerCountryIn.class, ISSUER_COUNTRY_IN);
      put(Matcher.CrossBorder.class, CROSS_BORDER);
      put(Matcher.CurrencyIn.class, CURRENCY_IN);
      put(Matcher.CurrencyMismatch.class, CURRENCY_MISMATCH);
      put(Matcher.LocalTimeBetween.class, LOCAL_TIME_BETWEEN);
      put(Matcher.DayOfWeekIn.class, DAY_OF_WEEK_IN);
      put(Matcher.DateIn.class, DATE_IN);
      put(Matcher.DateOnOrAfter.class, DATE_ON_OR_AFTER);
      put(Matcher.DateBefore.class, DATE_BEFORE);
      put(Matcher.AttemptAtLeast.class, ATTEMPT_AT_LEAST);
    }

    private ByType() {}
  }

  static MatcherKind of(Matcher matcher) {
    MatcherKind kind = ByType.KINDS.get(matcher.getClass());
    if (kind == null) {
      throw new IllegalStateException("matcher type " + matcher.getClass().getName() + " has no MatcherKind: add one and serialize it");
    }
    return kind;
  }

  /** Whether the compiled form has a kind for this matcher type. */
  static boolean has(Class<?> type) {
    return ByType.KINDS.containsKey(type);
  }

  /** How many matcher types have a kind: one each, so this equals the number of constants. */
  static int typesWithAKind() {
    return ByType.KINDS.size();
  }
}
