package dev.posdx.rules.internal;

import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.MerchantAdviceCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A pack example's input ({@link TransactionOutcome}) in the compiled form: every field, each
 * optional one behind a presence byte, so that what is read back equals what was written.
 */
final class CompiledOutcomes {

  private CompiledOutcomes() {}

  static void write(CompiledOutput out, TransactionOutcome o) {
    out.name(o.network());
    opt(out, o.responseCode(), c -> out.string(c.value()));
    opt(out, o.merchantAdviceCode(), c -> out.string(c.value()));
    opt(out, o.transactionType(), out::name);
    opt(out, o.entryMode(), out::name);
    // Only the first 6 and last 4 digits exist in a MaskedPan; they are all that is written.
    opt(out, o.pan(), p -> {
      out.string(p.bin());
      out.string(p.last4());
      out.varint(p.length());
    });
    opt(out, o.cardExpiry(), m -> {
      out.varint(m.getYear());
      out.varint(m.getMonthValue());
    });
    opt(out, o.issuerCountry(), c -> out.string(c.value()));
    out.varint(o.cardLanguages().size());
    o.cardLanguages().forEach(out::string);
    opt(out, o.amount(), a -> {
      out.string(a.value().toString());
      out.string(a.currency().getCurrencyCode());
    });
    opt(out, o.cardCurrency(), c -> out.string(c.getCurrencyCode()));
    TerminalState t = o.terminal();
    opt(out, t.reader(), out::name);
    opt(out, t.link(), out::name);
    opt(out, t.hostReply(), out::name);
    opt(out, t.latency(), d -> CompiledPackWriter.duration(out, d));
    opt(out, t.clockSkew(), d -> CompiledPackWriter.duration(out, d));
    opt(out, t.keys(), out::name);
    opt(out, t.kernelOutcome(), out::name);
    opt(out, t.tvr(), v -> out.int64(v.bits()));
    opt(out, t.inputTimedOut(), out::bool);
    opt(out, t.printer(), out::name);
    MerchantContext m = o.merchant();
    opt(out, m.country(), c -> out.string(c.value()));
    opt(out, m.acquirer(), out::string);
    opt(out, m.chainId(), out::string);
    opt(out, m.storeId(), out::string);
    opt(out, m.originalStoreId(), out::string);
    opt(out, m.merchantId(), out::string);
    opt(out, m.terminalId(), out::string);
    opt(out, o.time(), time -> {
      out.int64(time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
      out.varint(time.getNano());
      out.string(time.getOffset().getId());
      out.string(time.getZone().getId());
    });
    optInt(out, o.attempt());
    optInt(out, o.cardAttemptsInWindow());
  }

  // Present-flags read inline, not through a lambda each: every lambda is a class spun at start-up.
  static TransactionOutcome read(CompiledInput in) {
    TransactionOutcome.Builder b = TransactionOutcome.builder(in.name(Network.class));
    if (in.bool()) {
      b.responseCode(ResponseCode.of(in.string()));
    }
    if (in.bool()) {
      b.merchantAdviceCode(MerchantAdviceCode.of(in.string()));
    }
    if (in.bool()) {
      b.transactionType(in.name(TransactionType.class));
    }
    if (in.bool()) {
      b.entryMode(in.name(EntryMode.class));
    }
    if (in.bool()) {
      String bin = in.string();
      String last4 = in.string();
      int length = in.varint();
      b.pan(MaskedPan.ofMasked(bin + "*".repeat(Math.max(0, length - bin.length() - last4.length())) + last4));
    }
    if (in.bool()) {
      b.cardExpiry(YearMonth.of(in.varint(), in.varint()));
    }
    if (in.bool()) {
      b.issuerCountry(CountryCode.of(in.string()));
    }
    int languages = in.count();
    List<String> cardLanguages = new ArrayList<>(languages);
    for (int i = 0; i < languages; i++) {
      cardLanguages.add(in.string());
    }
    if (!cardLanguages.isEmpty()) {
      b.cardLanguages(cardLanguages);
    }
    if (in.bool()) {
      b.amount(new Amount(new BigDecimal(in.string()), Currency.getInstance(in.string())));
    }
    if (in.bool()) {
      b.cardCurrency(Currency.getInstance(in.string()));
    }
    TerminalState.Builder t = TerminalState.builder();
    if (in.bool()) {
      t.reader(in.name(ReaderStatus.class));
    }
    if (in.bool()) {
      t.link(in.name(LinkStatus.class));
    }
    if (in.bool()) {
      t.hostReply(in.name(HostReply.class));
    }
    if (in.bool()) {
      t.latency(CompiledPackReader.duration(in));
    }
    if (in.bool()) {
      t.clockSkew(CompiledPackReader.duration(in));
    }
    if (in.bool()) {
      t.keys(in.name(KeyStatus.class));
    }
    if (in.bool()) {
      t.kernelOutcome(in.name(KernelOutcome.class));
    }
    if (in.bool()) {
      t.tvr(new Tvr(in.int64()));
    }
    if (in.bool()) {
      t.inputTimedOut(in.bool());
    }
    if (in.bool()) {
      t.printer(in.name(PrinterStatus.class));
    }
    b.terminal(t.build());
    MerchantContext.Builder m = MerchantContext.builder();
    if (in.bool()) {
      m.country(CountryCode.of(in.string()));
    }
    if (in.bool()) {
      m.acquirer(in.string());
    }
    if (in.bool()) {
      m.chainId(in.string());
    }
    if (in.bool()) {
      m.storeId(in.string());
    }
    if (in.bool()) {
      m.originalStoreId(in.string());
    }
    if (in.bool()) {
      m.merchantId(in.string());
    }
    if (in.bool()) {
      m.terminalId(in.string());
    }
    b.merchant(m.build());
    if (in.bool()) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(in.int64(), in.varint(), ZoneOffset.UTC);
      ZoneOffset offset = ZoneOffset.of(in.string());
      b.time(ZonedDateTime.ofStrict(local, offset, ZoneId.of(in.string())));
    }
    if (in.bool()) {
      b.attempt(in.varint());
    }
    if (in.bool()) {
      b.cardAttemptsInWindow(in.varint());
    }
    return b.build();
  }

  private static <T> void opt(CompiledOutput out, Optional<T> value, Consumer<T> write) {
    out.bool(value.isPresent());
    value.ifPresent(write);
  }

  private static void optInt(CompiledOutput out, OptionalInt value) {
    out.bool(value.isPresent());
    value.ifPresent(out::varint);
  }
}
