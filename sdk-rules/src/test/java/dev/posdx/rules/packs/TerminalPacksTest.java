package dev.posdx.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.contract.OutcomeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emv, terminal, operator, chain-settlement, cross-border and cn-calendar packs, loaded as a
 * user gets them: with every pack on the class path.
 */
class TerminalPacksTest {

  private static final Map<String, Scope> OURS =
      Map.of(
          "emv", Scope.BASE,
          "terminal", Scope.BASE,
          "operator", Scope.NETWORK,
          "chain-settlement", Scope.CHAIN,
          "cross-border", Scope.BASE,
          "cn-calendar", Scope.BASE);

  private static final Diagnoser DIAGNOSER = Diagnoser.builder().addInstalledPacks().build();

  private static Diagnosis diagnose(String json) {
    return DIAGNOSER.diagnose(OutcomeJson.strict().read(json));
  }

  private static List<String> causes(Diagnosis d) {
    return d.findings().stream().map(f -> f.cause().id()).toList();
  }

  private static List<String> steps(Diagnosis d, Audience audience) {
    return d.steps(audience).stream().map(Step::action).toList();
  }

  static List<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (RulePack pack : DIAGNOSER.packs()) {
      if (!OURS.containsKey(pack.id())) {
        continue;
      }
      for (Rule rule : pack.rules()) {
        for (int i = 0; i < rule.examples().size(); i++) {
          all.add(Arguments.of(pack.id() + "/" + rule.id() + " #" + (i + 1), pack, rule, rule.examples().get(i)));
        }
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleGivesItsCauseAndExercisesItsRule(String name, RulePack pack, Rule rule, RuleExample example) {
    if (rule.then().supplementary() && rule.when().stream().anyMatch(m -> m instanceof Matcher.ResponseCodeIn)) {
      // Its examples expect the code pack's cause as the primary one: they need the code packs.
      assumeTrue(codePacksInstalled(), "the network code packs are not on the class path");
    }
    Diagnosis d = DIAGNOSER.diagnose(example.input());

    assertThat(d.cause()).as(name).isEqualTo(example.expected());
    List<String> trace =
        d.findings().stream().map(Finding::source).map(t -> t.packId() + "/" + t.ruleId()).toList();
    String self = pack.id() + "/" + rule.id();
    if (rule.then().supplementary()) {
      // A supplementary finding adds to the code's own explanation: it must be there, after it.
      assertThat(trace).as(name).contains(self);
    } else {
      assertThat(trace).as(name).first().isEqualTo(self);
    }
  }

  private static boolean codePacksInstalled() {
    return DIAGNOSER.packs().stream().anyMatch(p -> p.id().equals("iso8583"));
  }

  @Test
  void installsEveryPackWithItsScope() {
    Map<String, Scope> installed =
        DIAGNOSER.packs().stream()
            .filter(p -> OURS.containsKey(p.id()))
            .collect(Collectors.toMap(RulePack::id, RulePack::scope));
    assertThat(installed).isEqualTo(OURS);
    assertThat(DIAGNOSER.packs()).filteredOn(p -> OURS.containsKey(p.id())).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
  }

  @Test
  void aHostTimeOutOnAnUnstableLinkMeansConfirmBeforePresentingTheCardAgain() {
    Diagnosis d = diagnose("{\"network\":\"UNIONPAY\",\"terminal\":{\"host\":\"TIMEOUT\",\"link\":\"UNSTABLE\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("connectivity.no-reply"));
    assertThat(d.retry()).isEqualTo(RetryAdvice.reconcileFirst());
    assertThat(steps(d, Audience.CASHIER)).startsWith("reconcile-before-retry");
  }

  @Test
  void aChipDeclineAfterTheHostTimedOutIsStillAnUnknownOutcomeNotACardVerdict() {
    // Unable to go online: the card declines, but the host may have approved the request it got.
    Diagnosis d =
        diagnose("{\"network\":\"VISA\",\"entryMode\":\"CHIP\",\"terminal\":{\"host\":\"TIMEOUT\",\"kernelOutcome\":\"DECLINED\",\"tvr\":\"4000000000\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("connectivity.no-reply"));
    assertThat(d.retry()).isEqualTo(RetryAdvice.reconcileFirst());
  }

  @Test
  void aRequestThatNeverLeftTheTerminalMayBeSentAgain() {
    Diagnosis d = diagnose("{\"network\":\"VISA\",\"terminal\":{\"host\":\"NOT_SENT\",\"link\":\"ONLINE\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("connectivity.not-sent"));
    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NOW);
  }

  @Test
  void aTerminalThatIsNotSignedOnIsToldToSignOnNotThatTheRequestWasUnsent() {
    Diagnosis d = diagnose("{\"network\":\"UNIONPAY\",\"terminal\":{\"keys\":\"NOT_SIGNED_ON\",\"host\":\"NOT_SENT\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("terminal.not-signed-on"));
    assertThat(d.retry()).isEqualTo(RetryAdvice.withChange(RetryChange.SIGN_ON));
  }

  @Test
  void aChipErrorIsFirstRetriedInTheChipThenOnTheStripe() {
    Diagnosis first = diagnose("{\"network\":\"UNIONPAY\",\"entryMode\":\"CHIP\",\"attempt\":1,\"terminal\":{\"reader\":\"CHIP_ERROR\"}}");
    Diagnosis second = diagnose("{\"network\":\"UNIONPAY\",\"entryMode\":\"CHIP\",\"attempt\":2,\"terminal\":{\"reader\":\"CHIP_ERROR\"}}");

    assertThat(first.retry()).isEqualTo(RetryAdvice.withChange(RetryChange.INSERT_CHIP));
    assertThat(second.retry()).isEqualTo(RetryAdvice.withChange(RetryChange.SWIPE_CARD));
    assertThat(first.primary().orElseThrow().confidence()).isEqualTo(Confidence.POSSIBLE);
    assertThat(second.primary().orElseThrow().confidence()).isEqualTo(Confidence.LIKELY);
  }

  @Test
  void aPinEntryThatTimedOutIsRetriedNowEvenThoughTheKernelEndedTheApplication() {
    Diagnosis d = diagnose("{\"network\":\"UNIONPAY\",\"terminal\":{\"inputTimedOut\":true,\"kernelOutcome\":\"END_APPLICATION\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("operator.input-timeout"));
    assertThat(d.retry()).isEqualTo(RetryAdvice.now());
  }

  @Test
  void aReaderFaultBlamesTheTerminalNotTheCard() {
    Diagnosis d = diagnose("{\"network\":\"UNIONPAY\",\"entryMode\":\"CHIP\",\"terminal\":{\"reader\":\"FAULT\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("terminal.reader-fault"));
    assertThat(steps(d, Audience.CASHIER)).contains("clean-reader");
    assertThat(steps(d, Audience.CARDHOLDER)).doesNotContain("replace-card");
  }

  @Test
  void contactlessRefusedAsksForTheChipAndAfterTheChipForTheStripe() {
    Diagnosis tap = diagnose("{\"network\":\"VISA\",\"entryMode\":\"CONTACTLESS\",\"terminal\":{\"kernelOutcome\":\"TRY_ANOTHER_INTERFACE\"}}");
    Diagnosis chip = diagnose("{\"network\":\"VISA\",\"entryMode\":\"CHIP\",\"terminal\":{\"kernelOutcome\":\"TRY_ANOTHER_INTERFACE\"}}");

    assertThat(tap.retry()).isEqualTo(RetryAdvice.withChange(RetryChange.INSERT_CHIP));
    assertThat(chip.retry()).isEqualTo(RetryAdvice.withChange(RetryChange.SWIPE_CARD));
  }

  @Test
  void theChipsTvrExplainsAnOfflineDeclineButNotOneTheHostAnswered() {
    String tvrExpired = "\"terminal\":{\"kernelOutcome\":\"DECLINED\",\"tvr\":\"0040000000\"}";
    Diagnosis offline = diagnose("{\"network\":\"UNIONPAY\"," + tvrExpired + "}");
    Diagnosis answered = diagnose("{\"network\":\"UNIONPAY\",\"responseCode\":\"51\"," + tvrExpired + "}");

    assertThat(offline.cause()).isEqualTo(Cause.of("card.expired"));
    assertThat(offline.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(causes(answered)).doesNotContain("card.expired");
  }

  @Test
  void anApprovedSaleWithoutPaperIsReprintedNeverChargedAgain() {
    Diagnosis d = diagnose("{\"network\":\"UNIONPAY\",\"responseCode\":\"00\",\"terminal\":{\"printer\":\"NO_PAPER\"}}");

    assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(causes(d)).contains("approved.no-receipt");
    assertThat(steps(d, Audience.CASHIER)).contains("replace-paper", "reprint-receipt");
  }

  @Test
  void aClockFiveMinutesOffIsFlaggedAndOneSecondLessIsNot() {
    Diagnosis off = diagnose("{\"network\":\"UNIONPAY\",\"responseCode\":\"00\",\"terminal\":{\"clockSkewSeconds\":-300}}");
    Diagnosis close = diagnose("{\"network\":\"UNIONPAY\",\"responseCode\":\"00\",\"terminal\":{\"clockSkewSeconds\":299}}");

    assertThat(causes(off)).contains("terminal.clock");
    assertThat(steps(off, Audience.CASHIER)).contains("check-clock");
    assertThat(causes(close)).doesNotContain("terminal.clock");
  }

  @Test
  void aRefundOfAnotherStoresSaleGoesToHeadOfficeNotTheIssuer() {
    Diagnosis d =
        diagnose(
            "{\"network\":\"UNIONPAY\",\"responseCode\":\"25\",\"transactionType\":\"REFUND\","
                + "\"merchant\":{\"chainId\":\"c-9\",\"storeId\":\"s-2\",\"originalStoreId\":\"s-1\"}}");

    assertThat(d.cause()).isEqualTo(Cause.of("settlement.cross-store"));
    assertThat(d.contactIssuer()).isFalse();
    assertThat(steps(d, Audience.MERCHANT)).contains("contact-hq-settlement");
  }

  @Test
  void aRefundOfTheSameStoresSaleIsNotCrossStore() {
    Diagnosis d =
        diagnose(
            "{\"network\":\"UNIONPAY\",\"responseCode\":\"25\",\"transactionType\":\"REFUND\","
                + "\"merchant\":{\"storeId\":\"s-1\",\"originalStoreId\":\"s-1\"}}");

    assertThat(causes(d)).doesNotContain("settlement.cross-store");
  }

  @Test
  void aForeignCardsDeclineAddsTheAdviceForCardsUsedAbroad() {
    assumeTrue(codePacksInstalled(), "the network code packs are not on the class path");
    Diagnosis d = diagnose("{\"network\":\"VISA\",\"responseCode\":\"51\",\"issuerCountry\":\"DE\",\"merchant\":{\"country\":\"CN\"}}");

    assertThat(causes(d)).contains("cross-border.card-abroad");
    assertThat(d.cause()).isNotEqualTo(Cause.of("cross-border.card-abroad"));
    assertThat(steps(d, Audience.CARDHOLDER)).contains("check-card-abroad");
  }

  @Test
  void aForeignCardsApprovalGetsNoAdviceForCardsUsedAbroad() {
    Diagnosis d = diagnose("{\"network\":\"VISA\",\"responseCode\":\"00\",\"issuerCountry\":\"DE\",\"merchant\":{\"country\":\"CN\"}}");

    assertThat(causes(d)).doesNotContain("cross-border.card-abroad");
  }

  @Test
  void anIssuerOutageDuringTheSpringFestivalAddsPeakLoadAdvice() {
    Diagnosis festival = diagnose(issuerDown("CN", "2026-02-17T11:00:00+08:00"));
    Diagnosis ordinaryMorning = diagnose(issuerDown("CN", "2026-03-10T10:00:00+08:00"));
    Diagnosis elsewhere = diagnose(issuerDown("TH", "2026-02-17T11:00:00+07:00"));

    assertThat(causes(festival)).contains("issuer.peak-load");
    assertThat(steps(festival, Audience.MERCHANT)).contains("plan-peak-hours");
    assertThat(festival.retry().decision()).isEqualTo(RetryDecision.LATER);
    assertThat(causes(ordinaryMorning)).doesNotContain("issuer.peak-load");
    assertThat(causes(elsewhere)).doesNotContain("issuer.peak-load");
  }

  @Test
  void the2027PublicHolidaysAreNotListedUntilTheirNoticeIsPublished() {
    // National Day: listed for 2025 and 2026 from the State Council's notices; 2027's is not out.
    assertThat(causes(diagnose(issuerDown("CN", "2026-10-02T10:00:00+08:00")))).contains("issuer.peak-load");
    assertThat(causes(diagnose(issuerDown("CN", "2027-10-02T10:00:00+08:00")))).doesNotContain("issuer.peak-load");
  }

  private static String issuerDown(String country, String time) {
    return "{\"network\":\"UNIONPAY\",\"responseCode\":\"91\",\"merchant\":{\"country\":\"" + country + "\"},\"time\":\"" + time + "\"}";
  }
}
