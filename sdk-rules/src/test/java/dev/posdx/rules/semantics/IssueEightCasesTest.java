package dev.posdx.rules.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.rules.CauseCatalogReader;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The wrong answers issue 8 measured on main, each now impossible, and the validator's refusals. */
class IssueEightCasesTest {

  private static Diagnosis diagnose(TransactionOutcome.Builder b) {
    return Sweep.STANDARD.diagnose(b.build());
  }

  @ParameterizedTest
  @CsvSource({"TRY_AGAIN, OK", "TRY_ANOTHER_INTERFACE, OK", "APPROVED, NO_PAPER"})
  void sentWithoutReplyReconcilesFirstWhateverTheKernelOrPrinterSay(KernelOutcome kernel, PrinterStatus printer) {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.VISA).attempt(2).terminal(
        TerminalState.builder().hostReply(HostReply.TIMEOUT).kernelOutcome(kernel).printer(printer).reader(ReaderStatus.CHIP_ERROR).build()));
    assertThat(d.cause().id()).isEqualTo("connectivity.no-reply");
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.RECONCILE_FIRST);
    assertThat(d.steps(Audience.CASHIER).get(0).action()).isEqualTo("reconcile-before-retry");
    assertThat(d.roles().subList(1, d.roles().size())).allMatch(r -> r.kind() == FindingRole.Kind.SENT_NO_REPLY);
  }

  @Test
  void whatKeptTheRequestFromLeavingIsPrimaryAndNotSentIsExplained() {
    TerminalState.Builder notSent = TerminalState.builder().hostReply(HostReply.NOT_SENT);
    assertRoot(notSent.reader(ReaderStatus.FAULT), "terminal.reader-fault");
    assertRoot(TerminalState.builder().hostReply(HostReply.NOT_SENT).inputTimedOut(true), "operator.input-timeout");
    assertRoot(TerminalState.builder().hostReply(HostReply.NOT_SENT).kernelOutcome(KernelOutcome.DECLINED), "issuer.declined-offline");
    assertRoot(TerminalState.builder().hostReply(HostReply.NOT_SENT).keys(KeyStatus.NOT_SIGNED_ON), "terminal.not-signed-on");
    assertRoot(TerminalState.builder().hostReply(HostReply.NOT_SENT).clockSkew(Duration.ofHours(2)), "terminal.clock");
  }

  private static void assertRoot(TerminalState.Builder terminal, String cause) {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.UNIONPAY).terminal(terminal.build()));
    assertThat(d.cause().id()).isEqualTo(cause);
    int notSent = d.findings().stream().map(f -> f.cause().id()).toList().indexOf("connectivity.not-sent");
    assertThat(notSent).isPositive();
    assertThat(d.roles().get(notSent)).isEqualTo(FindingRole.explainedBy(d.cause()));
  }

  @Test
  void anExpiredCardThatWasNotSentIsTheExpiredCard() {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.UNIONPAY).cardExpiry(java.time.YearMonth.of(2024, 12))
        .time(Sweep.TIME).terminal(TerminalState.builder().hostReply(HostReply.NOT_SENT).build()));
    assertThat(d.cause().id()).isEqualTo("card.expired");
    assertThat(d.contactIssuer()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"00, 03", "08, 21", "10, 24", "11, 01"})
  void aMastercardApprovalWithAnAdviceCodeStaysApproved(String code, String mac) {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.MASTERCARD).responseCode(code).merchantAdviceCode(mac));
    assertThat(d.category()).isEqualTo(Category.APPROVED);
    assertThat(d.retry().decision()).isNotIn(RetryDecision.NOW, RetryDecision.LATER, RetryDecision.WITH_CHANGE);
  }

  @ParameterizedTest
  @CsvSource({"04, 24", "07, 25", "41, 26", "43, 30", "83, 02"})
  void aRiskCodeWithAnAdviceCodeKeepsItsProcedure(String code, String mac) {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.MASTERCARD).responseCode(code).merchantAdviceCode(mac));
    assertThat(d.category()).isEqualTo(Category.RISK);
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(d.steps(Audience.CASHIER)).extracting(Step::action).contains("follow-risk-procedure").doesNotContain("retry-later");
    assertThat(d.isDisclosedTo(Audience.CARDHOLDER)).isFalse();
  }

  @Test
  void anAdviceCodeSetsTheRetryOfAnOrdinaryDeclineAndKeepsItsCause() {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.MASTERCARD).responseCode("51").merchantAdviceCode("03"));
    assertThat(d.cause().id()).isEqualTo("account.insufficient-funds");
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(d.roles()).contains(FindingRole.MODIFIER_APPLIED);
    Diagnosis later = diagnose(TransactionOutcome.builder(Network.MASTERCARD).responseCode("05").merchantAdviceCode("02"));
    assertThat(later.cause().id()).isNotEqualTo("issuer.try-later");
    assertThat(later.retry().after()).contains(Duration.ofHours(72));
  }

  @Test
  void anUnmatchedCodePastTheCapIsNotRetried() {
    Diagnosis d = diagnose(TransactionOutcome.builder(Network.VISA).responseCode("Q7").attempt(40));
    assertThat(d.category()).isEqualTo(Category.UNKNOWN);
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(d.roles()).containsExactly(FindingRole.RETRY_LIMIT);
    Diagnosis window = diagnose(TransactionOutcome.builder(Network.VISA).responseCode("51").attempt(1).cardAttemptsInWindow(21));
    assertThat(window.retry().decision()).isEqualTo(RetryDecision.NEVER);
  }

  @Test
  void theSameCauseGetsTheSameContactIssuerFromTheTerminalAndFromTheHost() {
    Diagnosis byDate = diagnose(TransactionOutcome.builder(Network.UNIONPAY).cardExpiry(java.time.YearMonth.of(2024, 12)).time(Sweep.TIME));
    Diagnosis byCode = diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("54"));
    assertThat(byDate.cause()).isEqualTo(byCode.cause());
    assertThat(byDate.contactIssuer()).isEqualTo(byCode.contactIssuer()).isTrue();
  }

  private static final String PACK = """
      schemaVersion: 1
      id: bad
      version: "1"
      scope: STORE
      sources: [{document: "test", edition: "1"}]
      rules:
        - id: %s
          when: %s
          then: %s
          examples: [{given: {network: VISA, responseCode: "05"}, expect: %s}]
      """;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "risk-later | {responseCode: [\"05\"]} | {cause: risk.pick-up, retry: {decision: LATER}} | risk.pick-up | BREAKS_INVARIANT | /rules/0/then/retry",
      "approved-retry | {responseCode: [\"05\"]} | {cause: approved.ok, retry: {decision: NOW}} | approved.ok | BREAKS_INVARIANT | /rules/0/then/retry",
      "timeout-now | {responseCodePresent: false, terminal: {host: [TIMEOUT]}} | {cause: connectivity.unstable, retry: {decision: NOW}} | connectivity.unstable | BREAKS_INVARIANT | /rules/0/then",
      "wrong-category | {responseCode: [\"05\"]} | {cause: card.expired, category: ISSUER, retry: {decision: NEVER}} | card.expired | CONTRADICTS_CATALOG | /rules/0/then/category",
      "wrong-contact | {responseCode: [\"05\"]} | {cause: account.insufficient-funds, contactIssuer: true, retry: {decision: NEVER}} | account.insufficient-funds | CONTRADICTS_CATALOG | /rules/0/then/contactIssuer",
      "unknown-cause | {responseCode: [\"05\"]} | {cause: store.own-cause, retry: {decision: NEVER}} | store.own-cause | CONTRADICTS_CATALOG | /rules/0/then/cause"})
  void theValidatorRefusesARuleThatBreaksAnInvariantOrTheCatalogNamingIt(
      String rule, String when, String then, String expect, RulePackException.Reason reason, String pointer) {
    String pack = PACK.formatted(rule, when, then, expect);
    assertThatThrownBy(() -> RulePackReader.standard().read("bad.yaml", pack))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.location().pointer()).isEqualTo(pointer);
          assertThat(e.location().line()).isEqualTo(pointer.equals("/rules/0/then") ? 9 : 9);
          assertThat(e.getMessage()).startsWith("bad.yaml:9:");
        });
  }

  @Test
  void theCatalogRefusesACycleAndAnUndefinedCauseNamingThem() {
    String cycle = """
        schemaVersion: 1
        causes:
          - {cause: a.one, category: CARD, retry: NEVER, explains: [a.two]}
          - {cause: a.two, category: CARD, retry: NEVER, explains: [a.one]}
        """;
    assertThatThrownBy(() -> CauseCatalogReader.read("c.yaml", cycle.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RulePackException.class).hasMessageContaining("cycle").hasMessageContaining("a.one");
    String undefined = """
        schemaVersion: 1
        causes:
          - {cause: a.one, category: CARD, retry: NEVER, explains: [a.nowhere]}
        """;
    assertThatThrownBy(() -> CauseCatalogReader.read("c.yaml", undefined.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RulePackException.class).hasMessageContaining("a.nowhere");
    String riskRetry = """
        schemaVersion: 1
        causes:
          - {cause: a.one, category: CARD, retry: NEVER}
          - {cause: r.isk, category: RISK, retry: LATER}
        """;
    assertThatThrownBy(() -> CauseCatalogReader.read("c.yaml", riskRetry.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.location().line()).isEqualTo(4));
  }
}
