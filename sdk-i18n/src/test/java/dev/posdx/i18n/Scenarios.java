package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The golden scenarios as diagnoses, built directly with the causes, retry advice and steps the
 * built-in packs give them (unionpay.yaml up-01/51/55/41, terminal.yaml host TIMEOUT,
 * chain-settlement.yaml cross-store-void-or-refund), so the renderer is tested without the packs.
 */
final class Scenarios {

  /** The full card number the outcomes are built from: it must never appear in any output. */
  static final String PAN = "6222021234567890128";

  static final Issuer ICBC = new Issuer("ICBC", "中国工商银行", Optional.of("95588"));

  private Scenarios() {}

  record Scenario(String name, Diagnosis diagnosis) {}

  static List<Scenario> all() {
    return ImmutableList.of(
        new Scenario("unionpay-01", unionpay01()),
        new Scenario("unionpay-51", unionpay51()),
        new Scenario("unionpay-55", unionpay55()),
        new Scenario("unionpay-41", unionpay41()),
        new Scenario("host-timeout", hostTimeout()),
        new Scenario("cross-store-refund", crossStoreRefund()));
  }

  static TransactionOutcome.Builder sale(String code) {
    TransactionOutcome.Builder b = TransactionOutcome.builder(Network.UNIONPAY)
        .pan(PAN)
        .amount(Amount.of("128.00", "CNY"))
        .time(ZonedDateTime.parse("2026-02-17T12:05:09+08:00[Asia/Shanghai]"))
        .merchant(MerchantContext.builder()
            .country(CountryCode.of("CN")).merchantId("898310048161234").terminalId("POS00017")
            .chainId("c-1").storeId("s-002").originalStoreId("s-002").build());
    if (!code.isEmpty()) {
      b.responseCode(code);
    }
    return b;
  }

  static Diagnosis diagnosis(
      TransactionOutcome outcome, String cause, Category category, String pack, String rule,
      RetryAdvice retry, boolean contactIssuer, Optional<Issuer> issuer, Map<Audience, List<String>> steps,
      Set<Audience> withheld) {
    ImmutableList.Builder<Step> s = ImmutableList.builder();
    steps.forEach((audience, actions) -> actions.forEach(a -> s.add(Step.of(audience, a))));
    Finding finding = new Finding(Cause.of(cause), category, Confidence.CERTAIN,
        new TraceEntry(pack, "test", rule, List.of(new Evidence("responseCode", "in [" + outcome.responseCode().map(Object::toString).orElse("") + "]"))));
    return DiagnosisAssembly.assemble(outcome, Cause.of(cause), category, List.of(finding), retry, contactIssuer, issuer,
        s.build(), withheld, ImmutableMap.of(), null);
  }

  static Diagnosis unionpay01() {
    return diagnosis(sale("01").build(), "issuer.refer", Category.ISSUER, "unionpay", "up-01",
        RetryAdvice.never(), true, Optional.of(ICBC),
        ImmutableMap.of(Audience.CASHIER, List.of("ask-another-payment"),
            Audience.CARDHOLDER, List.of("call-issuer", "use-another-card"),
            Audience.MERCHANT, List.of("keep-record")),
        ImmutableSet.of());
  }

  static Diagnosis unionpay51() {
    return diagnosis(sale("51").build(), "account.insufficient-funds", Category.ACCOUNT, "unionpay", "up-51",
        RetryAdvice.never(), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("ask-another-payment"),
            Audience.CARDHOLDER, List.of("use-another-card", "check-balance")),
        ImmutableSet.of());
  }

  static Diagnosis unionpay55() {
    return diagnosis(sale("55").build(), "auth.pin-incorrect", Category.AUTHENTICATION, "unionpay", "up-55",
        RetryAdvice.withChange(RetryChange.ENTER_PIN), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("ask-for-pin"), Audience.CARDHOLDER, List.of("enter-pin-again")),
        ImmutableSet.of());
  }

  static Diagnosis unionpay41() {
    return diagnosis(sale("41").build(), "risk.lost-card", Category.RISK, "unionpay", "up-41",
        RetryAdvice.never(), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("follow-risk-procedure", "record-details", "ask-another-payment"),
            Audience.CARDHOLDER, List.of("try-another-payment"),
            Audience.MERCHANT, List.of("keep-record")),
        ImmutableSet.of(Audience.CARDHOLDER));
  }

  static Diagnosis hostTimeout() {
    TransactionOutcome outcome = sale("").terminal(TerminalState.builder().hostReply(HostReply.TIMEOUT).build()).build();
    return diagnosis(outcome, "connectivity.no-reply", Category.CONNECTIVITY, "terminal", "host-timeout",
        RetryAdvice.reconcileFirst(), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("reconcile-before-retry", "check-original-transaction"),
            Audience.MERCHANT, List.of("keep-record", "check-network-provider"),
            Audience.SUPPORT, List.of("check-host-logs")),
        ImmutableSet.of());
  }

  static Diagnosis crossStoreRefund() {
    TransactionOutcome outcome = TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode("25")
        .transactionType(TransactionType.REFUND)
        .pan(PAN)
        .amount(Amount.of("128.00", "CNY"))
        .time(ZonedDateTime.parse("2026-02-17T12:05:09+08:00[Asia/Shanghai]"))
        .merchant(MerchantContext.builder()
            .country(CountryCode.of("CN")).merchantId("898310048161234").terminalId("POS00017")
            .chainId("c-1").storeId("s-002").originalStoreId("s-001").build())
        .build();
    return diagnosis(outcome, "settlement.cross-store", Category.SETTLEMENT, "chain-settlement",
        "cross-store-void-or-refund", RetryAdvice.never(), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("record-details", "check-original-transaction"),
            Audience.MERCHANT, List.of("contact-hq-settlement", "keep-record")),
        ImmutableSet.of());
  }

  /** A peak-load diagnosis with a known wait, for {@code {after}}. */
  static Diagnosis peakLoad(Duration after) {
    return diagnosis(sale("91").build(), "issuer.peak-load", Category.ISSUER, "cn-calendar", "peak",
        RetryAdvice.later(after), false, Optional.empty(),
        ImmutableMap.of(Audience.CASHIER, List.of("retry-later"), Audience.CARDHOLDER, List.of("wait-and-retry")),
        ImmutableSet.of());
  }
}
