package dev.posdx.core;

import static dev.posdx.core.TestRules.conclude;
import static dev.posdx.core.TestRules.pack;
import static dev.posdx.core.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PanFormatException;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No output of the core holds more of a card number than its first six and last four digits. */
class PanPrivacyTest {

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

  private final Diagnoser diagnoser =
      Diagnoser.builder()
          .addPack(pack("p", Scope.BASE, rule("refer", conclude("issuer.refer", Category.ISSUER, RetryAdvice.never(), true, List.of(Step.of(Audience.CARDHOLDER, "call-issuer"))), Matcher.ResponseCodeIn.of("01"))))
          .issuerDirectory(pan -> Optional.of(new Issuer("TEST", "Test Bank", Optional.of("95588"))))
          .build();

  @Test
  void thousandsOfRandomPansNeverLeakTheirMiddleDigits() {
    Random random = new Random(20261126L);
    for (int i = 0; i < 5000; i++) {
      String pan = RandomOutcomes.randomPan(random);
      MaskedPan masked = MaskedPan.of(pan);
      TransactionOutcome outcome =
          TransactionOutcome.builder(Network.UNIONPAY)
              .responseCode(i % 2 == 0 ? "01" : "05")
              .pan(pan)
              .merchant(MerchantContext.builder().terminalId("T1").build())
              .build();
      Diagnosis d = diagnoser.diagnose(outcome);

      List<String> outputs = new ArrayList<>();
      outputs.add(masked.toString());
      outputs.add(masked.masked());
      outputs.add(masked.forCardholder());
      outputs.add(outcome.toString());
      outputs.add(d.toString());
      outputs.add(d.arguments().toString());
      outputs.add(d.steps().toString());
      outputs.add(d.issuerContact().toString());
      outputs.add(d.findings().toString());
      for (String output : outputs) {
        assertNoMoreThanSixAndFour(pan, output);
      }
      assertThat(masked.masked()).hasSize(pan.length());
      assertThat(digits(masked.masked())).isEqualTo(pan.substring(0, 6) + pan.substring(pan.length() - 4));
      assertThat(masked.forCardholder()).isEqualTo("**** " + pan.substring(pan.length() - 4));
    }
  }

  @Test
  void badCardNumbersAreRefusedWithoutEchoingTheDigits() {
    Random random = new Random(7L);
    for (int i = 0; i < 2000; i++) {
      String pan = RandomOutcomes.randomPan(random);
      List<String> bad =
          List.of(
              pan.substring(0, 7) + "X" + pan.substring(7) + "?",
              pan + pan,
              pan.substring(0, 11),
              pan.substring(0, 8) + "/" + pan.substring(8));
      for (String input : bad) {
        assertThatThrownBy(() -> MaskedPan.parse(input))
            .isInstanceOf(PanFormatException.class)
            .satisfies(e -> assertThat(longestDigitRun(e.getMessage())).isLessThanOrEqualTo(2));
        assertThatThrownBy(() -> TransactionOutcome.builder(Network.VISA).pan(input))
            .satisfies(e -> assertThat(longestDigitRun(e.getMessage())).isLessThanOrEqualTo(2));
      }
    }
  }

  @Test
  void aCardNumberInTheWrongFieldIsNotEchoed() {
    String pan = "6222021234567890123";
    assertThatThrownBy(() -> ResponseCode.of(pan)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
    assertThatThrownBy(() -> MerchantContext.builder().terminalId(pan + "!")).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
    assertThatThrownBy(() -> dev.posdx.core.outcome.CountryCode.of(pan)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
    assertThatThrownBy(() -> dev.posdx.core.outcome.MerchantAdviceCode.of(pan)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
    assertThatThrownBy(() -> dev.posdx.core.outcome.Amount.of("1", pan)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
    assertThatThrownBy(() -> TransactionOutcome.builder(Network.VISA).cardLanguages(List.of(pan))).satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567"));
  }

  /**
   * Merchant-side ids accept digits, '.', '_' and '-', so a card number fits into one in several
   * written forms; none of them may reach {@code toString} or the message arguments.
   */
  @Test
  void aCardNumberInAMerchantIdIsMaskedInEveryOutput() {
    Random random = new Random(20261205L);
    for (int i = 0; i < 3000; i++) {
      String pan = RandomOutcomes.randomPan(random);
      String[] forms = {
          pan, pan.replaceAll("(\\d{4})(?=\\d)", "$1."), pan.replaceAll("(\\d{4})(?=\\d)", "$1_"),
          pan.replaceAll("(\\d{4})(?=\\d)", "$1-"), "T" + pan, random.nextInt(10) + pan};
      String id = forms[i % forms.length];
      TransactionOutcome outcome =
          TransactionOutcome.builder(Network.UNIONPAY)
              .responseCode("01")
              .merchant(MerchantContext.builder().merchantId(id).terminalId(id).storeId(id).chainId(id).acquirer(id).build())
              .build();
      Diagnosis d = diagnoser.diagnose(outcome);
      for (String output : List.of(outcome.toString(), outcome.merchant().toString(), d.toString(), d.arguments().toString())) {
        assertNoMoreThanSixAndFour(pan, output.replaceAll("[._-]", ""));
      }
    }
  }

  private static void assertNoMoreThanSixAndFour(String pan, String output) {
    java.util.regex.Matcher runs = DIGIT_RUN.matcher(output);
    while (runs.find()) {
      String run = runs.group();
      if (run.length() >= 7) {
        assertThat(pan).as("output %s holds a 7+ digit run of the card number", output).doesNotContain(run);
      }
    }
  }

  private static int longestDigitRun(String s) {
    int longest = 0;
    java.util.regex.Matcher runs = DIGIT_RUN.matcher(s);
    while (runs.find()) {
      longest = Math.max(longest, runs.group().length());
    }
    return longest;
  }

  private static String digits(String s) {
    return s.replaceAll("\\D", "");
  }
}
