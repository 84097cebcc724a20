package dev.posdx.core;

import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import dev.posdx.core.diagnosis.StalePack;
import static dev.posdx.core.TestRules.conclude;
import static dev.posdx.core.TestRules.pack;
import static dev.posdx.core.TestRules.rule;
import static dev.posdx.core.TestRules.supplementary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

  private static final RulePack ISO =
      pack(
          "iso",
          Scope.BASE,
          rule("iso-51", conclude("account.insufficient-funds", Category.ACCOUNT, RetryAdvice.never()), Matcher.ResponseCodeIn.of("51")),
          rule("iso-01", conclude("issuer.refer", Category.ISSUER, RetryAdvice.never(), true, List.of(Step.of(Audience.CARDHOLDER, "call-issuer"))), Matcher.ResponseCodeIn.of("01")),
          rule("iso-65", conclude("account.frequency-exceeded", Category.ACCOUNT, RetryAdvice.later()), Matcher.ResponseCodeIn.of("65")),
          rule("iso-41", conclude("risk.lost-card", Category.RISK, RetryAdvice.never()), Matcher.ResponseCodeIn.of("41")));

  private static final RulePack MASTERCARD =
      pack(
          "mastercard",
          Scope.NETWORK,
          rule(
              "mc-65-eea",
              conclude("auth.sca-required", Category.AUTHENTICATION, RetryAdvice.withChange(RetryChange.INSERT_CHIP)),
              Matcher.NetworkIn.of(Network.MASTERCARD),
              Matcher.ResponseCodeIn.of("65"),
              new Matcher.MerchantCountryIn(Set.of(CountryCode.of("DE"), CountryCode.of("FR")))));

  private static final RulePack TERMINAL =
      pack(
          "terminal",
          Scope.BASE,
          rule(
              "host-timeout",
              conclude("connectivity.no-reply", Category.CONNECTIVITY, RetryAdvice.reconcileFirst()),
              new Matcher.HostReplyIn(Set.of(HostReply.TIMEOUT)),
              new Matcher.ResponseCodePresent(false)));

  private static final RulePack CROSS_BORDER =
      pack("cross-border", Scope.BASE, rule("foreign-card", supplementary("cross-border.card-abroad", Category.CARD), new Matcher.CrossBorder(true)));

  private final Diagnoser diagnoser =
      Diagnoser.builder().addPack(ISO).addPack(MASTERCARD).addPack(TERMINAL).addPack(CROSS_BORDER).build();

  @Test
  void codeMapsToItsCause() {
    Diagnosis d = diagnoser.diagnose(TransactionOutcome.of(Network.UNIONPAY, "51"));
    assertThat(d.cause()).isEqualTo(Cause.of("account.insufficient-funds"));
    assertThat(d.category()).isEqualTo(Category.ACCOUNT);
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(d.trace()).singleElement().satisfies(t -> {
      assertThat(t.packId()).isEqualTo("iso");
      assertThat(t.ruleId()).isEqualTo("iso-51");
      assertThat(t.matched()).extracting(e -> e.field()).containsExactly("responseCode");
    });
  }

  @Test
  void theSameCodeMeansDifferentThingsOnDifferentNetworksAndCountries() {
    TransactionOutcome eea =
        TransactionOutcome.builder(Network.MASTERCARD)
            .responseCode("65")
            .merchant(MerchantContext.builder().country(CountryCode.of("DE")).build())
            .build();
    TransactionOutcome china =
        TransactionOutcome.builder(Network.MASTERCARD)
            .responseCode("65")
            .merchant(MerchantContext.builder().country(CountryCode.of("CN")).build())
            .build();

    assertThat(diagnoser.diagnose(eea).cause()).isEqualTo(Cause.of("auth.sca-required"));
    assertThat(diagnoser.diagnose(eea).retry().change()).contains(RetryChange.INSERT_CHIP);
    assertThat(diagnoser.diagnose(eea).findings()).extracting(f -> f.cause().id())
        .containsExactly("auth.sca-required", "account.frequency-exceeded");
    assertThat(diagnoser.diagnose(china).cause()).isEqualTo(Cause.of("account.frequency-exceeded"));
    assertThat(diagnoser.diagnose(TransactionOutcome.of(Network.UNIONPAY, "65")).cause())
        .isEqualTo(Cause.of("account.frequency-exceeded"));
  }

  @Test
  void moreSpecificScopeIsPrimaryAndTiesGoByPackId() {
    RulePack chainB = pack("chain-b", Scope.CHAIN, rule("b", conclude("settlement.b", Category.SETTLEMENT, RetryAdvice.never()), Matcher.ResponseCodeIn.of("25")));
    RulePack chainA = pack("chain-a", Scope.CHAIN, rule("a", conclude("settlement.a", Category.SETTLEMENT, RetryAdvice.never()), Matcher.ResponseCodeIn.of("25")));
    RulePack store = pack("store", Scope.STORE, rule("s", conclude("settlement.store", Category.SETTLEMENT, RetryAdvice.never()), Matcher.ResponseCodeIn.of("25")));
    RulePack base = pack("base", Scope.BASE, rule("iso-25", conclude("operator.original-not-found", Category.OPERATOR, RetryAdvice.never()), Matcher.ResponseCodeIn.of("25")));

    Diagnoser d1 = Diagnoser.builder().addPack(base).addPack(chainB).addPack(store).addPack(chainA).build();
    Diagnoser d2 = Diagnoser.builder().addPack(chainA).addPack(store).addPack(base).addPack(chainB).build();
    TransactionOutcome outcome = TransactionOutcome.of(Network.VISA, "25");

    List<String> expected = List.of("settlement.store", "settlement.a", "settlement.b", "operator.original-not-found");
    assertThat(d1.diagnose(outcome).findings()).extracting(f -> f.cause().id()).containsExactlyElementsOf(expected);
    assertThat(d2.diagnose(outcome).findings()).extracting(f -> f.cause().id()).containsExactlyElementsOf(expected);
  }

  @Test
  void noMatchGivesUnknownWithTheRawInputKept() {
    TransactionOutcome outcome = TransactionOutcome.of(Network.JCB, "Q7");
    Diagnosis d = diagnoser.diagnose(outcome);
    assertThat(d.category()).isEqualTo(Category.UNKNOWN);
    assertThat(d.cause()).isEqualTo(Cause.UNKNOWN);
    assertThat(d.findings()).isEmpty();
    assertThat(d.outcome()).isSameAs(outcome);
    assertThat(d.steps()).isNotEmpty();
    assertThat(d.arguments()).containsEntry("code", "Q7");
  }

  @Test
  void noPacksAtAllStillDiagnoses() {
    Diagnosis d = Diagnoser.builder().build().diagnose(TransactionOutcome.builder(Network.VISA).build());
    assertThat(d.category()).isEqualTo(Category.UNKNOWN);
  }

  @Test
  void hostTimeoutWithNoCodeMeansReconcileFirst() {
    TransactionOutcome outcome =
        TransactionOutcome.builder(Network.UNIONPAY)
            .terminal(TerminalState.builder().hostReply(HostReply.TIMEOUT).build())
            .build();
    Diagnosis d = diagnoser.diagnose(outcome);
    assertThat(d.cause()).isEqualTo(Cause.of("connectivity.no-reply"));
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.RECONCILE_FIRST);
  }

  @Test
  void supplementaryFindingNeverOutranksTheCodeButAddsItsSteps() {
    TransactionOutcome outcome =
        TransactionOutcome.builder(Network.UNIONPAY)
            .responseCode("01")
            .issuerCountry(CountryCode.of("JP"))
            .merchant(MerchantContext.builder().country(CountryCode.of("CN")).build())
            .build();
    Diagnosis d = diagnoser.diagnose(outcome);
    assertThat(d.cause()).isEqualTo(Cause.of("issuer.refer"));
    assertThat(d.findings()).extracting(Finding::cause).containsExactly(Cause.of("issuer.refer"), Cause.of("cross-border.card-abroad"));
    assertThat(d.steps(Audience.CARDHOLDER)).extracting(Step::action).containsExactly("call-issuer", "check-card-abroad");
  }

  @Test
  void supplementaryFindingIsPrimaryWhenNothingElseMatched() {
    TransactionOutcome outcome =
        TransactionOutcome.builder(Network.VISA)
            .issuerCountry(CountryCode.of("US"))
            .merchant(MerchantContext.builder().country(CountryCode.of("CN")).build())
            .build();
    assertThat(diagnoser.diagnose(outcome).cause()).isEqualTo(Cause.of("cross-border.card-abroad"));
  }

  @Test
  void riskIsNeverDisclosedToTheCardholder() {
    Diagnosis d = diagnoser.diagnose(TransactionOutcome.of(Network.UNIONPAY, "41"));
    assertThat(d.category()).isEqualTo(Category.RISK);
    assertThat(d.isDisclosedTo(Audience.CARDHOLDER)).isFalse();
    assertThat(d.causeFor(Audience.CARDHOLDER)).isEqualTo(Cause.DECLINED_UNDISCLOSED);
    assertThat(d.causeFor(Audience.CASHIER)).isEqualTo(Cause.of("risk.lost-card"));
    assertThat(d.causeFor(Audience.MERCHANT)).isEqualTo(Cause.of("risk.lost-card"));
  }

  @Test
  void contactIssuerNamesTheIssuerAndTheFactsToHaveReady() {
    Diagnoser withDirectory =
        Diagnoser.builder()
            .addPack(ISO)
            .issuerDirectory(pan -> pan.bin().equals("622202") ? Optional.of(new Issuer("ICBC", "中国工商银行", Optional.of("95588"))) : Optional.empty())
            .build();
    TransactionOutcome outcome =
        TransactionOutcome.builder(Network.UNIONPAY)
            .responseCode("01")
            .pan("6222021234567890123")
            .amount(Amount.of("88.00", "CNY"))
            .merchant(MerchantContext.builder().terminalId("T0001").merchantId("898310048161234").build())
            .build();
    Diagnosis d = withDirectory.diagnose(outcome);
    assertThat(d.contactIssuer()).isTrue();
    assertThat(d.issuer()).map(Issuer::id).contains("ICBC");
    assertThat(d.issuerContact()).hasValueSatisfying(c -> {
      assertThat(c.responseCode()).contains(ResponseCode.of("01"));
      assertThat(c.terminalId()).contains("T0001");
      assertThat(c.pan()).map(Object::toString).contains("622202*********0123");
      assertThat(c.amount()).map(Object::toString).contains("88.00 CNY");
    });
    assertThat(d.arguments()).containsEntry("hotline", "95588").containsEntry("panLast4", "0123");
    assertThat(d.steps(Audience.CARDHOLDER)).singleElement().satisfies(s -> assertThat(s.arguments()).containsEntry("issuer", "中国工商银行"));
  }

  @Test
  void aBrokenIssuerDirectoryDoesNotCostTheDiagnosis() {
    Diagnoser broken =
        Diagnoser.builder().addPack(ISO).issuerDirectory(pan -> { throw new IllegalStateException("directory down"); }).build();
    Diagnosis d = broken.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("6222021234567890123").build());
    assertThat(d.cause()).isEqualTo(Cause.of("issuer.refer"));
    assertThat(d.issuer()).isEmpty();
  }

  @Test
  void retryAdviceBeyondTheSchemesLimitBecomesNever() {
    RulePack visa =
        RulePack.builder("visa-test", "1", Scope.NETWORK, "visa-test.test")
            .sources(List.of(TestRules.SOURCE))
            .rules(List.of(rule("v-91", conclude("issuer.unavailable", Category.ISSUER, RetryAdvice.later(Duration.ofMinutes(10))), Matcher.NetworkIn.of(Network.VISA), Matcher.ResponseCodeIn.of("91"))))
            .retryLimits(List.of(new RetryLimit(Network.VISA, 15, Duration.ofDays(30), new PackSource("Visa reattempt rules", "2025"))))
            .build();
    Diagnoser d = Diagnoser.builder().addPack(visa).build();

    Diagnosis within = d.diagnose(TransactionOutcome.builder(Network.VISA).responseCode("91").attempt(14).build());
    assertThat(within.retry().decision()).isEqualTo(RetryDecision.LATER);
    assertThat(within.retry().after()).contains(Duration.ofMinutes(10));

    Diagnosis beyond = d.diagnose(TransactionOutcome.builder(Network.VISA).responseCode("91").attempt(15).build());
    assertThat(beyond.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(beyond.cause()).isEqualTo(Cause.of("issuer.unavailable"));
    assertThat(beyond.findings()).last().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.of("network.retry-limit"));
      assertThat(f.source().matched().get(0).condition()).contains("15").contains("Visa reattempt rules");
    });
    assertThat(beyond.steps(Audience.CASHIER)).extracting(Step::action).contains("ask-another-payment");

    // A first try at this terminal, but the gateway's ledger has seen the card 15 times in the window.
    Diagnosis acrossTerminals =
        d.diagnose(TransactionOutcome.builder(Network.VISA).responseCode("91").attempt(1).cardAttemptsInWindow(15).build());
    assertThat(acrossTerminals.retry().decision()).isEqualTo(RetryDecision.NEVER);
  }

  @Test
  void aPaymentAfterAPacksValidUntilNamesThePackWhoseFindingMayBeMissing() {
    RulePack calendar =
        RulePack.builder("cal", "2026.1", Scope.BASE, "cal.test")
            .sources(List.of(TestRules.SOURCE))
            .rules(List.of(rule("holiday-91", conclude("issuer.unavailable", Category.ISSUER, RetryAdvice.later()), Matcher.ResponseCodeIn.of("91"),
                new Matcher.DateIn(List.of(new Matcher.DateRange(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23), "Spring Festival 2026"))))))
            .validUntil(Optional.of(LocalDate.of(2026, 12, 31)))
            .build();
    Diagnoser d = Diagnoser.builder().addPack(ISO).addPack(calendar).build();
    ZoneId china = ZoneId.of("Asia/Shanghai");

    Diagnosis covered = d.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("91").time(ZonedDateTime.of(2026, 2, 16, 9, 0, 0, 0, china)).build());
    assertThat(covered.cause()).isEqualTo(Cause.of("issuer.unavailable"));
    assertThat(covered.stalePacks()).isEmpty();

    Diagnosis after = d.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("91").time(ZonedDateTime.of(2027, 2, 8, 9, 0, 0, 0, china)).build());
    assertThat(after.stalePacks()).containsExactly(new StalePack("cal", "2026.1", LocalDate.of(2026, 12, 31)));

    // The last covered day is not stale; a rule that could not apply anyway says nothing; no time, no claim.
    assertThat(d.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("91").time(ZonedDateTime.of(2026, 12, 31, 23, 0, 0, 0, china)).build()).stalePacks()).isEmpty();
    Diagnosis otherCode = d.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("51").time(ZonedDateTime.of(2027, 2, 8, 9, 0, 0, 0, china)).build());
    assertThat(otherCode.cause()).isEqualTo(Cause.of("account.insufficient-funds"));
    assertThat(otherCode.stalePacks()).isEmpty();
    assertThat(d.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("91").build()).stalePacks()).isEmpty();
  }

  @Test
  void duplicatePackIdsAreRefusedNamingBothOrigins() {
    RulePack again = RulePack.of("iso", "2", Scope.BASE, List.of(TestRules.SOURCE), ISO.rules(), "other-iso.yaml");
    assertThatThrownBy(() -> Diagnoser.builder().addPack(ISO).addPack(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iso.test")
        .hasMessageContaining("other-iso.yaml");
  }

  @Test
  void anIssuerDirectorySetTwiceIsACallerMistake() {
    Diagnoser.Builder builder = Diagnoser.builder().issuerDirectory(pan -> Optional.empty());
    assertThatThrownBy(() -> builder.issuerDirectory(pan -> Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set");
  }

  @Test
  void theIndexNarrowsCandidatesToTheCodeAndNetwork() {
    // host-timeout needs the code to be absent, so it is left out of every code's cell.
    RuleIndex index = diagnoser.index();
    assertThat(index.candidateIds(Network.MASTERCARD, Optional.of(ResponseCode.of("65"))))
        .containsExactly("mastercard/mc-65-eea", "iso/iso-65", "cross-border/foreign-card")
        .doesNotContain("iso/iso-51");
    assertThat(index.candidateIds(Network.VISA, Optional.of(ResponseCode.of("65"))))
        .doesNotContain("mastercard/mc-65-eea");
    assertThat(index.candidateIds(Network.VISA, Optional.empty()))
        .containsExactly("terminal/host-timeout", "cross-border/foreign-card");
  }

  @Test
  void ruleConditionsBeyondTheCodeAreChecked() {
    RulePack refunds =
        pack("refunds", Scope.BASE,
            rule("refund-25", conclude("operator.original-not-found", Category.OPERATOR, RetryAdvice.never()),
                Matcher.ResponseCodeIn.of("25"), new Matcher.TransactionTypeIn(Set.of(TransactionType.REFUND)), new Matcher.EntryModeIn(Set.of(EntryMode.CHIP))));
    Diagnoser d = Diagnoser.builder().addPack(refunds).build();
    TransactionOutcome chipRefund = TransactionOutcome.builder(Network.VISA).responseCode("25").transactionType(TransactionType.REFUND).entryMode(EntryMode.CHIP).build();
    TransactionOutcome tapRefund = TransactionOutcome.builder(Network.VISA).responseCode("25").transactionType(TransactionType.REFUND).entryMode(EntryMode.CONTACTLESS).build();
    TransactionOutcome unknownMode = TransactionOutcome.builder(Network.VISA).responseCode("25").transactionType(TransactionType.REFUND).build();
    assertThat(d.diagnose(chipRefund).cause().id()).isEqualTo("operator.original-not-found");
    assertThat(d.diagnose(tapRefund).category()).isEqualTo(Category.UNKNOWN);
    assertThat(d.diagnose(unknownMode).category()).isEqualTo(Category.UNKNOWN);
  }
}
