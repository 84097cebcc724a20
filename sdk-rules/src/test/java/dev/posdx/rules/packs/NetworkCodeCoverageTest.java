package dev.posdx.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.rules.RulePacks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code of the reference CSVs is diagnosed on its own network to a known cause, with the
 * retry advice and display text the source gives, by the packs a user gets from the class path.
 */
class NetworkCodeCoverageTest {

  private static final Diagnoser STANDARD = Diagnoser.builder().addInstalledPacks().build();
  private static final Pattern VISA_CATEGORY = Pattern.compile("^Visa Cat (\\d)");

  private static Diagnosis diagnose(Network network, String code) {
    return STANDARD.diagnose(TransactionOutcome.of(network, code));
  }

  private static void assertKnown(Diagnosis d) {
    assertThat(d.cause()).as("cause of %s", d.outcome()).isNotEqualTo(Cause.UNKNOWN);
    assertThat(d.category()).as("category of %s", d.outcome()).isNotEqualTo(Category.UNKNOWN);
  }

  private static boolean reserved(Map<String, String> isoRow) {
    return isoRow.get("meaning_en").startsWith("Reserved");
  }

  @TestFactory
  Stream<DynamicTest> everyAssignedIsoCodeIsKnownOnEveryNetworkWithoutItsOwnPack() {
    return ReferenceCsv.load("iso8583_field39.csv").rows().stream()
        .filter(row -> !reserved(row))
        .flatMap(row -> Stream.of(Network.ISO8583, Network.AMEX, Network.JCB, Network.DISCOVER)
            .map(network -> dynamicTest(network + " " + row.get("code"), () -> {
              Diagnosis d = diagnose(network, row.get("code"));
              assertKnown(d);
              assertThat(d.trace().get(0).packId()).isEqualTo("iso8583");
            })));
  }

  @Test
  void reservedIsoCodesStayUnknownRatherThanGuessed() {
    List<String> reserved = ReferenceCsv.load("iso8583_field39.csv").rows().stream()
        .filter(NetworkCodeCoverageTest::reserved).map(r -> r.get("code")).toList();
    assertThat(reserved).contains("45", "70", "99").hasSize(29);
    for (String code : reserved) {
      assertThat(diagnose(Network.ISO8583, code).cause()).as("ISO 8583 %s", code).isEqualTo(Cause.UNKNOWN);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyUnionPayCodeIsKnownWithTheSpecsDisplayText() {
    List<Map<String, String>> rows = ReferenceCsv.load("unionpay_codes.csv").rows();
    assertThat(rows).hasSize(118);
    return rows.stream().map(row -> dynamicTest("UNIONPAY " + row.get("code"), () -> {
      Diagnosis d = diagnose(Network.UNIONPAY, row.get("code"));
      assertKnown(d);
      assertThat(d.trace().get(0).packId()).isEqualTo("unionpay");
      String display = row.get("pos_display_zh");
      if (display.isBlank()) {
        assertThat(d.networkDisplay()).isEmpty();
      } else {
        assertThat(d.networkDisplay()).containsEntry("zh-Hans", display);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> unionPayRetryAdviceFollowsThePosActionClass() {
    return ReferenceCsv.load("unionpay_codes.csv").rows().stream()
        .filter(row -> !row.get("pos_action_class").isBlank())
        .map(row -> dynamicTest("UNIONPAY " + row.get("code") + " class " + row.get("pos_action_class"), () -> {
          RetryDecision decision = diagnose(Network.UNIONPAY, row.get("code")).retry().decision();
          switch (row.get("pos_action_class")) {
            case "A" -> assertThat(decision).isEqualTo(RetryDecision.NEVER);
            // "May be retried": now, with a change, or once the first request is known (09 in progress).
            case "B" -> assertThat(decision).isIn(RetryDecision.NOW, RetryDecision.WITH_CHANGE, RetryDecision.RECONCILE_FIRST);
            case "D" -> assertThat(decision).isIn(RetryDecision.NEVER, RetryDecision.WITH_CHANGE);
            // "Failed, system fault, no need to retry" (the full legend; 51dongshi.net, sxfpos.com).
            case "E" -> assertThat(decision).isEqualTo(RetryDecision.NEVER);
            default -> assertThat(row.get("pos_action_class")).isEqualTo("C");
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyVisaCodeIsKnownWithItsReattemptCategory() {
    return ReferenceCsv.load("visa_mastercard.csv").rows().stream()
        .filter(row -> row.get("scheme").equals("Visa"))
        .map(row -> dynamicTest("VISA " + row.get("code"), () -> {
          Diagnosis d = diagnose(Network.VISA, row.get("code"));
          assertKnown(d);
          assertThat(d.trace().get(0).packId()).isEqualTo("visa");
          Matcher category = VISA_CATEGORY.matcher(row.get("retry_category_or_advice"));
          assertThat(category.find()).as("category of Visa %s", row.get("code")).isTrue();
          RetryDecision decision = d.retry().decision();
          if (d.category() == Category.RISK) {
            // A RISK cause keeps NEVER whatever the scheme's category allows (engine invariant).
            assertThat(decision).isEqualTo(RetryDecision.NEVER);
            return;
          }
          switch (category.group(1)) {
            case "1" -> assertThat(decision).isEqualTo(RetryDecision.NEVER);
            case "2" -> assertThat(decision).isEqualTo(RetryDecision.LATER);
            case "3" -> assertThat(decision).isEqualTo(RetryDecision.WITH_CHANGE);
            default -> assertThat(decision).isNotEqualTo(RetryDecision.NEVER);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyMastercardCodeAndAdviceCodeIsKnown() {
    return ReferenceCsv.load("visa_mastercard.csv").rows().stream()
        .filter(row -> row.get("scheme").equals("Mastercard"))
        .map(row -> dynamicTest("MASTERCARD " + row.get("code"), () -> {
          String code = row.get("code");
          TransactionOutcome outcome = code.startsWith("MAC ")
              ? TransactionOutcome.builder(Network.MASTERCARD).merchantAdviceCode(code.substring(4)).build()
              : TransactionOutcome.of(Network.MASTERCARD, code);
          assertKnown(STANDARD.diagnose(outcome));
        }));
  }

  @Test
  void sixtyFiveIsStrongAuthenticationOnlyForMastercardInTheEeaAndUk() {
    assertThat(STANDARD.diagnose(mastercard65In("DE")).cause().id()).isEqualTo("auth.sca-required");
    assertThat(STANDARD.diagnose(mastercard65In("GB")).retry().change()).contains(RetryChange.INSERT_CHIP);
    assertThat(STANDARD.diagnose(mastercard65In("US")).cause().id()).isEqualTo("account.frequency-exceeded");
    assertThat(diagnose(Network.MASTERCARD, "65").cause().id()).isEqualTo("account.frequency-exceeded");
    TransactionOutcome unionPayInGermany = TransactionOutcome.builder(Network.UNIONPAY).responseCode("65")
        .merchant(MerchantContext.builder().country(CountryCode.of("DE")).build()).build();
    assertThat(STANDARD.diagnose(unionPayInGermany).cause().id()).isEqualTo("account.frequency-exceeded");
  }

  private static TransactionOutcome mastercard65In(String country) {
    return TransactionOutcome.builder(Network.MASTERCARD).responseCode("65")
        .merchant(MerchantContext.builder().country(CountryCode.of(country)).build()).build();
  }

  @Test
  void visaCodesHonourTheirEffectiveDateAgainstTheOutcomesOwnDate() {
    assertThat(visaAt("57", "2026-10-24T23:59:00+08:00").retry().decision()).isEqualTo(RetryDecision.LATER);
    assertThat(visaAt("57", "2026-10-25T00:30:00+08:00").retry().decision()).isEqualTo(RetryDecision.NEVER);
    // 2026-10-25T00:30+08:00 is still the 24th in UTC: the outcome's own local date counts.
    assertThat(visaAt("57", "2026-10-24T16:30:00Z").retry().decision()).isEqualTo(RetryDecision.LATER);
    // Without a time the reading from the date on holds (Category 1: never retry).
    assertThat(diagnose(Network.VISA, "57").retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(visaAt("57", "2026-10-24T12:00:00+08:00").cause().id()).isEqualTo("card.restricted");
    // 83 changes category on the same date, but a RISK cause keeps NEVER on both sides of it.
    for (String time : List.of("2026-10-24T12:00:00+08:00", "2026-10-25T12:00:00+08:00")) {
      Diagnosis fraud = visaAt("83", time);
      assertThat(fraud.category()).isEqualTo(Category.RISK);
      assertThat(fraud.retry().decision()).isEqualTo(RetryDecision.NEVER);
    }
  }

  @Test
  void unionPayTwelveAndTwentyFiveSpeakOfAnOriginalOnlyWhereThereIsOne() {
    for (String code : List.of("12", "25")) {
      Diagnosis sale = STANDARD.diagnose(
          TransactionOutcome.builder(Network.UNIONPAY).responseCode(code).transactionType(TransactionType.SALE).build());
      assertThat(sale.cause().id()).as("UnionPay %s on a sale", code).isEqualTo("operator.invalid-transaction");
      assertThat(sale.retry().decision()).isEqualTo(RetryDecision.NEVER);
      for (TransactionType related : List.of(TransactionType.VOID, TransactionType.REFUND)) {
        Diagnosis d = STANDARD.diagnose(
            TransactionOutcome.builder(Network.UNIONPAY).responseCode(code).transactionType(related).build());
        assertThat(d.cause().id()).as("UnionPay %s on a %s", code, related).startsWith("operator.original-");
        assertThat(d.retry().decision()).isEqualTo(RetryDecision.NEVER);
      }
    }
  }

  private static Diagnosis visaAt(String code, String time) {
    return STANDARD.diagnose(TransactionOutcome.builder(Network.VISA).responseCode(code)
        .time(java.time.ZonedDateTime.parse(time)).build());
  }

  @Test
  void visaSoftDeclinesOnATapAskForTheChipOrThePin() {
    Diagnosis sca = STANDARD.diagnose(
        TransactionOutcome.builder(Network.VISA).responseCode("1A").entryMode(EntryMode.CONTACTLESS).build());
    assertThat(sca.cause().id()).isEqualTo("auth.sca-required");
    assertThat(sca.retry().change()).contains(RetryChange.INSERT_CHIP);
    Diagnosis pin = STANDARD.diagnose(
        TransactionOutcome.builder(Network.VISA).responseCode("70").entryMode(EntryMode.CONTACTLESS).build());
    assertThat(pin.cause().id()).isEqualTo("auth.pin-required");
    assertThat(pin.retry().change()).contains(RetryChange.ENTER_PIN);
    // The same two characters on Mastercard mean "contact the issuer".
    assertThat(diagnose(Network.MASTERCARD, "70").cause().id()).isEqualTo("issuer.refer");
  }

  @Test
  void mastercardAdviceCodesSetTheWaitOnInsufficientFunds() {
    Map<String, Duration> waits = Map.of(
        "24", Duration.ofHours(1), "25", Duration.ofHours(24), "26", Duration.ofDays(2),
        "27", Duration.ofDays(4), "28", Duration.ofDays(6), "29", Duration.ofDays(8), "30", Duration.ofDays(10));
    waits.forEach((mac, wait) -> {
      Diagnosis d = STANDARD.diagnose(
          TransactionOutcome.builder(Network.MASTERCARD).responseCode("51").merchantAdviceCode(mac).build());
      assertThat(d.cause().id()).as("51 with MAC %s", mac).isEqualTo("account.insufficient-funds");
      assertThat(d.retry().decision()).isEqualTo(RetryDecision.LATER);
      assertThat(d.retry().after()).as("wait of MAC %s", mac).contains(wait);
    });
  }

  @Test
  void mastercardNetworkCodesTakeTheRetryOfTheirAdviceCode() {
    Diagnosis doNotRetry = STANDARD.diagnose(
        TransactionOutcome.builder(Network.MASTERCARD).responseCode("82").merchantAdviceCode("03").build());
    assertThat(doNotRetry.cause().id()).isEqualTo("network.policy-decline");
    assertThat(doNotRetry.retry().decision()).isEqualTo(RetryDecision.NEVER);
    Diagnosis later = STANDARD.diagnose(
        TransactionOutcome.builder(Network.MASTERCARD).responseCode("79").merchantAdviceCode("25").build());
    assertThat(later.cause().id()).isEqualTo("card.lifecycle-decline");
    assertThat(later.retry().after()).contains(Duration.ofHours(24));
  }

  @Test
  void informationalAdviceCodesAddToAnApprovalWithoutReplacingIt() {
    Diagnosis d = STANDARD.diagnose(
        TransactionOutcome.builder(Network.MASTERCARD).responseCode("00").merchantAdviceCode("40").build());
    assertThat(d.cause().id()).isEqualTo("approved.ok");
    assertThat(d.findings()).extracting(f -> f.cause().id()).contains("card.prepaid-non-reloadable");
  }

  @Test
  void riskCausesAreWithheldFromTheCardholder() {
    for (String code : List.of("04", "07", "34", "41", "43", "59", "67")) {
      Diagnosis d = diagnose(Network.UNIONPAY, code);
      assertThat(d.category()).as("UnionPay %s", code).isEqualTo(Category.RISK);
      assertThat(d.causeFor(Audience.CARDHOLDER)).isEqualTo(Cause.DECLINED_UNDISCLOSED);
      assertThat(d.causeFor(Audience.CASHIER)).isEqualTo(d.cause());
    }
  }

  @Test
  void referralTellsTheCardholderToCallTheIssuer() {
    for (Network network : List.of(Network.UNIONPAY, Network.VISA, Network.ISO8583)) {
      Diagnosis d = diagnose(network, "01");
      assertThat(d.cause().id()).isEqualTo("issuer.refer");
      assertThat(d.contactIssuer()).isTrue();
      assertThat(d.steps(Audience.CARDHOLDER)).extracting(s -> s.action()).contains("call-issuer");
    }
  }

  @Test
  void visaReattemptLimitTurnsRetryIntoNever() {
    // "Up to 20 reattempts": the first try and 20 more, so the 21st try is the last one.
    TransactionOutcome twentieth = TransactionOutcome.builder(Network.VISA).responseCode("51").attempt(20).build();
    TransactionOutcome twentyFirst = TransactionOutcome.builder(Network.VISA).responseCode("51").attempt(21).build();
    assertThat(STANDARD.diagnose(twentieth).retry().decision()).isEqualTo(RetryDecision.LATER);
    Diagnosis limited = STANDARD.diagnose(twentyFirst);
    assertThat(limited.retry().decision()).isEqualTo(RetryDecision.NEVER);
    assertThat(limited.findings()).extracting(f -> f.cause().id()).contains("network.retry-limit");
  }

  @Test
  void legacyUnionPayMeaningsApplyOnlyWhenThePackIsAdded() {
    Diagnoser legacy = Diagnoser.builder().addInstalledPacks().addPacks(new UnionPayLegacyPack().packs()).build();
    assertThat(diagnose(Network.UNIONPAY, "05").cause().id()).isEqualTo("auth.cardholder-verification-failed");
    assertThat(legacy.diagnose(TransactionOutcome.of(Network.UNIONPAY, "05")).cause().id()).isEqualTo("issuer.declined");
    assertThat(diagnose(Network.UNIONPAY, "21").cause().id()).isEqualTo("card.not-activated");
    assertThat(legacy.diagnose(TransactionOutcome.of(Network.UNIONPAY, "21")).cause().id()).isEqualTo("issuer.no-action-taken");
    assertThat(legacy.diagnose(TransactionOutcome.of(Network.UNIONPAY, "A8")).cause().id()).isEqualTo("terminal.keys");
    // Codes the legacy set did not change keep their 2015 meaning.
    assertThat(legacy.diagnose(TransactionOutcome.of(Network.UNIONPAY, "51")).cause().id())
        .isEqualTo("account.insufficient-funds");
    assertThat(STANDARD.packs()).extracting(p -> p.id()).doesNotContain("unionpay-legacy");
  }

  @Test
  void legacyPackExamplesReproduceOnTopOfTheInstalledPacks() {
    RulePacks legacy = RulePacks.of(new UnionPayLegacyPack().packs());
    assertThat(legacy.pack("unionpay-legacy").orElseThrow().rules()).hasSize(5);
    // The legacy pack overrides the 2015 examples of these five codes, by design: check its own.
    assertThat(legacy.exampleMismatches(RulePacks.installed().with(legacy).diagnoser())).isEmpty();
  }
}
