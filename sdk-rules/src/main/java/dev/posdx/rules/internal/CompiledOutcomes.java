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

  static TransactionOutcome read(CompiledInput in) {
    TransactionOutcome.Builder b = TransactionOutcome.builder(in.name(Network.class));
    ifPresent(in, () -> b.responseCode(ResponseCode.of(in.string())));
    ifPresent(in, () -> b.merchantAdviceCode(MerchantAdviceCode.of(in.string())));
    ifPresent(in, () -> b.transactionType(in.name(TransactionType.class)));
    ifPresent(in, () -> b.entryMode(in.name(EntryMode.class)));
    ifPresent(in, () -> {
      String bin = in.string();
      String last4 = in.string();
      int length = in.varint();
      b.pan(MaskedPan.ofMasked(bin + "*".repeat(Math.max(0, length - bin.length() - last4.length())) + last4));
    });
    ifPresent(in, () -> b.cardExpiry(YearMonth.of(in.varint(), in.varint())));
    ifPresent(in, () -> b.issuerCountry(CountryCode.of(in.string())));
    int languages = in.count();
    List<String> cardLanguages = new ArrayList<>(languages);
    for (int i = 0; i < languages; i++) {
      cardLanguages.add(in.string());
    }
    if (!cardLanguages.isEmpty()) {
      b.cardLanguages(cardLanguages);
    }
    ifPresent(in, () -> b.amount(new Amount(new BigDecimal(in.string()), Currency.getInstance(in.string()))));
    ifPresent(in, () -> b.cardCurrency(Currency.getInstance(in.string())));
    TerminalState.Builder t = TerminalState.builder();
    ifPresent(in, () -> t.reader(in.name(ReaderStatus.class)));
    ifPresent(in, () -> t.link(in.name(LinkStatus.class)));
    ifPresent(in, () -> t.hostReply(in.name(HostReply.class)));
    ifPresent(in, () -> t.latency(CompiledPackReader.duration(in)));
    ifPresent(in, () -> t.clockSkew(CompiledPackReader.duration(in)));
    ifPresent(in, () -> t.keys(in.name(KeyStatus.class)));
    ifPresent(in, () -> t.kernelOutcome(in.name(KernelOutcome.class)));
    ifPresent(in, () -> t.tvr(new Tvr(in.int64())));
    ifPresent(in, () -> t.inputTimedOut(in.bool()));
    ifPresent(in, () -> t.printer(in.name(PrinterStatus.class)));
    b.terminal(t.build());
    MerchantContext.Builder m = MerchantContext.builder();
    ifPresent(in, () -> m.country(CountryCode.of(in.string())));
    ifPresent(in, () -> m.acquirer(in.string()));
    ifPresent(in, () -> m.chainId(in.string()));
    ifPresent(in, () -> m.storeId(in.string()));
    ifPresent(in, () -> m.originalStoreId(in.string()));
    ifPresent(in, () -> m.merchantId(in.string()));
    ifPresent(in, () -> m.terminalId(in.string()));
    b.merchant(m.build());
    ifPresent(in, () -> {
      LocalDateTime local = LocalDateTime.ofEpochSecond(in.int64(), in.varint(), ZoneOffset.UTC);
      ZoneOffset offset = ZoneOffset.of(in.string());
      b.time(ZonedDateTime.ofStrict(local, offset, ZoneId.of(in.string())));
    });
    ifPresent(in, () -> b.attempt(in.varint()));
    ifPresent(in, () -> b.cardAttemptsInWindow(in.varint()));
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

  private static void ifPresent(CompiledInput in, Runnable read) {
    if (in.bool()) {
      read.run();
    }
  }
}
