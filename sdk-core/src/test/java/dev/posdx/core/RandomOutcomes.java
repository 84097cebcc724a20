package dev.posdx.core;

import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/** Random but reproducible outcomes: a seed gives the same outcome every time. */
public final class RandomOutcomes {

  static final List<String> CODES = List.of("00", "01", "03", "05", "12", "13", "14", "25", "41", "43", "51", "54", "55", "57", "61", "65", "75", "91", "96", "98", "A8", "B1", "1A", "70", "N7", "Q1", "Z3", "7", "999");
  static final List<String> COUNTRIES = List.of("CN", "DE", "FR", "US", "JP", "HK", "TW", "GB");
  static final List<String> STORES = List.of("s-001", "s-002", "s-003");
  static final List<String> CURRENCIES = List.of("CNY", "EUR", "USD", "JPY", "HKD");
  static final List<String> ADVICE_CODES = List.of("01", "02", "03", "04", "21", "24", "25", "30");
  static final List<String> ACQUIRERS = List.of("acq-1", "acq-2");
  static final List<String> CHAINS = List.of("chain-1", "chain-2");

  private RandomOutcomes() {}

  public static TransactionOutcome of(long seed) {
    Random r = new Random(seed);
    TransactionOutcome.Builder b = TransactionOutcome.builder(pick(r, Network.values()));
    if (r.nextInt(5) > 0) {
      b.responseCode(pick(r, CODES));
    }
    if (r.nextBoolean()) {
      b.merchantAdviceCode(r.nextBoolean() ? pick(r, ADVICE_CODES) : String.format("%02d", r.nextInt(100)));
    }
    if (r.nextBoolean()) {
      b.transactionType(pick(r, TransactionType.values()));
    }
    if (r.nextBoolean()) {
      b.entryMode(pick(r, EntryMode.values()));
    }
    if (r.nextBoolean()) {
      b.pan(randomPan(r));
    }
    if (r.nextBoolean()) {
      b.cardExpiry(YearMonth.of(2020 + r.nextInt(12), 1 + r.nextInt(12)));
    }
    if (r.nextBoolean()) {
      b.issuerCountry(CountryCode.of(pick(r, COUNTRIES)));
    }
    if (r.nextBoolean()) {
      b.cardLanguagePreference(pick(r, List.of("zh", "zhen", "enfrde", "ja", "")));
    }
    if (r.nextBoolean()) {
      b.amount(new Amount(BigDecimal.valueOf(r.nextInt(1_000_000), 2), Currency.getInstance(pick(r, CURRENCIES))));
    }
    if (r.nextBoolean()) {
      b.cardCurrency(Currency.getInstance(pick(r, CURRENCIES)));
    }
    if (r.nextBoolean()) {
      TerminalState.Builder t = TerminalState.builder();
      if (r.nextBoolean()) t.reader(pick(r, ReaderStatus.values()));
      if (r.nextBoolean()) t.link(pick(r, LinkStatus.values()));
      if (r.nextBoolean()) t.hostReply(pick(r, HostReply.values()));
      if (r.nextBoolean()) t.latency(Duration.ofMillis(r.nextInt(60_000)));
      if (r.nextBoolean()) t.clockSkew(Duration.ofSeconds(r.nextInt(7200) - 3600));
      if (r.nextBoolean()) t.keys(pick(r, KeyStatus.values()));
      if (r.nextBoolean()) t.kernelOutcome(pick(r, KernelOutcome.values()));
      if (r.nextBoolean()) t.tvr(new Tvr(r.nextLong() & 0xFF_FFFF_FFFFL));
      if (r.nextBoolean()) t.inputTimedOut(r.nextBoolean());
      if (r.nextBoolean()) t.printer(pick(r, PrinterStatus.values()));
      b.terminal(t.build());
    }
    if (r.nextBoolean()) {
      MerchantContext.Builder m = MerchantContext.builder();
      if (r.nextBoolean()) m.country(CountryCode.of(pick(r, COUNTRIES)));
      if (r.nextBoolean()) m.acquirer(pick(r, ACQUIRERS));
      if (r.nextBoolean()) m.chainId(pick(r, CHAINS));
      if (r.nextBoolean()) m.storeId(pick(r, STORES));
      if (r.nextBoolean()) m.originalStoreId(pick(r, STORES));
      if (r.nextBoolean()) m.merchantId("898310048161234");
      if (r.nextBoolean()) m.terminalId("T" + r.nextInt(10_000));
      b.merchant(m.build());
    }
    if (r.nextBoolean()) {
      Instant instant = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(r.nextInt(3 * 365 * 86_400));
      b.time(ZonedDateTime.ofInstant(instant, ZoneId.of(pick(r, List.of("Asia/Shanghai", "Europe/Berlin", "UTC")))));
    }
    if (r.nextBoolean()) {
      b.attempt(1 + r.nextInt(25));
    }
    if (r.nextInt(4) == 0) {
      b.cardAttemptsInWindow(1 + r.nextInt(25));
    }
    return b.build();
  }

  /** A random 12–19 digit number, Luhn-valid half of the time. */
  public static String randomPan(Random r) {
    int length = 12 + r.nextInt(8);
    StringBuilder pan = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      pan.append((char) ('0' + r.nextInt(10)));
    }
    return pan.toString();
  }

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
