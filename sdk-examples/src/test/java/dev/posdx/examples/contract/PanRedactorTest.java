package dev.posdx.examples.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanRedactorTest {

  // Luhn-valid test numbers.
  static final String UNIONPAY_19 = "6222021234567890128";
  static final String VISA_16 = "4111111111111111";

  @Test
  void cutsACardNumberToSixAndFour() {
    assertThat(PanRedactor.redact("card " + UNIONPAY_19 + " declined"))
        .isEqualTo("card 622202*********0128 declined");
    assertThat(PanRedactor.redact(VISA_16)).isEqualTo("411111******1111");
  }

  @Test
  void findsGroupedNumbers() {
    assertThat(PanRedactor.redact("4111 1111 1111 1111")).isEqualTo("411111******1111");
    assertThat(PanRedactor.redact("4111-1111-1111-1111.")).isEqualTo("411111******1111.");
  }

  @Test
  void masksEveryNumberInOneText() {
    String text = "a=" + VISA_16 + ", b=\"" + UNIONPAY_19 + "\"";
    assertThat(PanRedactor.redact(text)).isEqualTo("a=411111******1111, b=\"622202*********0128\"");
  }

  @Test
  void masksDigitRunsLongerThanAnyCardNumber() {
    String run = "12345678901234567890123";
    assertThat(PanRedactor.redact(run)).isEqualTo("123456*************0123");
  }

  @Test
  void leavesOrdinaryNumbersAlone() {
    for (String s : new String[] {
        "95588", "400-820-0588", "2026-02-15T12:30:00+08:00", "1299.00 CNY", "PT30M",
        "terminal 10293847", "622202******0128", ""}) {
      assertThat(PanRedactor.redact(s)).as(s).isEqualTo(s);
      assertThat(PanRedactor.holdsPan(s)).as(s).isFalse();
    }
  }

  @Test
  void aTypoThatFailsLuhnIsStillACardNumber() {
    // The old command-line rule let this through: only Luhn-valid runs were masked.
    assertThat(PanRedactor.redact("4111111111111112")).isEqualTo("411111******1112");
  }

  @Test
  void alreadyMaskedTextIsStable() {
    String once = PanRedactor.redact(UNIONPAY_19);
    assertThat(PanRedactor.redact(once)).isEqualTo(once);
  }
}
