package dev.posdx.i18n.kit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** UnionPay 01 (refer to issuer) as the unionpay pack concludes it, with or without a known issuer. */
final class KitScenarios {

  private KitScenarios() {}

  static Diagnosis refer(boolean issuerKnown) {
    TransactionOutcome outcome = TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode("01")
        .pan("6222021234567890128")
        .amount(Amount.of("128.00", "CNY"))
        .time(ZonedDateTime.parse("2026-02-17T12:05:09+08:00[Asia/Shanghai]"))
        .merchant(MerchantContext.builder().merchantId("898310048161234").terminalId("POS00017").build())
        .build();
    Optional<Issuer> issuer = issuerKnown
        ? Optional.of(new Issuer("ICBC", "中国工商银行", Optional.of("95588")))
        : Optional.empty();
    return DiagnosisAssembly.assemble(outcome, Cause.of("issuer.refer"), Category.ISSUER,
        List.of(new Finding(Cause.of("issuer.refer"), Category.ISSUER, Confidence.CERTAIN,
            new TraceEntry("unionpay", "test", "up-01", List.of()))),
        RetryAdvice.never(), true, issuer,
        ImmutableList.of(Step.of(Audience.CARDHOLDER, "call-issuer")), ImmutableSet.of(), ImmutableMap.of(), null);
  }
}
