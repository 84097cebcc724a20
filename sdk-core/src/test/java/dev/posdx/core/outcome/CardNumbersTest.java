package dev.posdx.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

  static final String VISA = "4111111111111111";

  @Test
  void masksTheFormsTheOldRedactorsMissed() {
    // Each of these went through at least one of the three old rules unmasked.
    assertThat(CardNumbers.redact("41111111111111112")).isEqualTo("411111*******1112");
    assertThat(CardNumbers.redact("4111.1111.1111.1111")).isEqualTo("411111******1111");
    assertThat(CardNumbers.redact("4111_1111_1111_1111")).isEqualTo("411111******1111");
    assertThat(CardNumbers.redact("4111/1111/1111/1111")).isEqualTo("411111******1111");
    assertThat(CardNumbers.redact("4111\u00a01111\u00a01111\u00a01111")).isEqualTo("411111******1111");
    assertThat(CardNumbers.redact("4111111111111112")).as("Luhn-invalid typo").isEqualTo("411111******1112");
    assertThat(CardNumbers.redact("id=T4111111111111111X")).isEqualTo("id=T411111******1111X");
    assertThat(CardNumbers.redact("4111 - 1111 - 1111 - 1111")).isEqualTo("411111******1111");
    assertThat(CardNumbers.redact("622202123456")).as("12 digits").isEqualTo("622202**3456");
    assertThat(CardNumbers.redact("４１１１１１１１１１１１１１１１")).isEqualTo("４１１１１１******１１１１");
  }

  @Test
  void masksEveryNumberInOneTextAndLongerRunsWhole() {
    assertThat(CardNumbers.redact("a=" + VISA + ", b=\"6222021234567890128\""))
        .isEqualTo("a=411111******1111, b=\"622202*********0128\"");
    assertThat(CardNumbers.redact("12345678901234567890123")).isEqualTo("123456*************0123");
  }

  @Test
  void leavesOrdinaryNumbersAlone() {
    for (String s : new String[] {
        "95588", "400-820-0588", "2026-02-15T12:30:00+08:00", "1299.00 CNY", "PT30M", "terminal 10293847",
        "622202******0128", "12345678901", "05, 51, 54, 55, 61, 65", "1234    5678    9012", ""}) {
      assertThat(CardNumbers.redact(s)).as(s).isEqualTo(s);
      assertThat(CardNumbers.holdsCardNumber(s)).as(s).isFalse();
    }
  }

  @Test
  void luhnIsTheStandardCheck() {
    assertThat(CardNumbers.luhnValid(VISA)).isTrue();
    assertThat(CardNumbers.luhnValid("4111 1111 1111 1111")).isTrue();
    assertThat(CardNumbers.luhnValid("4111111111111112")).isFalse();
    assertThat(CardNumbers.luhnValid("79927398713")).isTrue();
  }

  @Test
  void luhnAcceptsExactlyTheRightCheckDigit() {
    qt().withExamples(5_000)
        .forAll(longs().all(), integers().between(1, 9))
        .checkAssert((seed, shift) -> {
          String valid = PanForms.withCheckDigit(PanForms.pan(new Random(seed)));
          int last = valid.length() - 1;
          String wrong = valid.substring(0, last) + (char) ('0' + (valid.charAt(last) - '0' + shift) % 10);
          assertThat(CardNumbers.luhnValid(valid)).as(valid).isTrue();
          assertThat(CardNumbers.luhnValid(wrong)).as(wrong).isFalse();
          assertThat(MaskedPan.of(valid).luhn()).isEqualTo(MaskedPan.LuhnCheck.VALID);
          assertThat(MaskedPan.of(wrong).luhn()).isEqualTo(MaskedPan.LuhnCheck.INVALID);
        });
  }

  /**
   * Any card number, in any of the written forms, anywhere in any text: the result shows no seven
   * digits of it in a row (six and four at most), masking twice changes nothing, and
   * {@link CardNumbers#holdsCardNumber} agrees with {@link CardNumbers#redact}.
   */
  @Test
  void noWrittenFormOfACardNumberSurvives() {
    qt().withExamples(20_000)
        .forAll(longs().all(), integers().between(0, PanForms.FORMS - 1))
        .checkAssert((seed, form) -> {
          Random r = new Random(seed);
          String pan = PanForms.pan(r);
          String text = PanForms.context(r) + PanForms.write(pan, form, r) + PanForms.context(r);
          String masked = CardNumbers.redact(text);

          assertThat(PanForms.leaks(masked, pan)).as("%s -> %s", text, masked).isFalse();
          assertThat(CardNumbers.redact(masked)).isEqualTo(masked);
          assertThat(CardNumbers.holdsCardNumber(text)).isTrue();
          assertThat(CardNumbers.holdsCardNumber(masked)).isFalse();
        });
  }

  /** Text whose digits could not make a card number comes back as it was. */
  @Test
  void textWithFewerThanTwelveDigitsInARunIsUntouched() {
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          StringBuilder text = new StringBuilder();
          for (int groups = r.nextInt(6); groups >= 0; groups--) {
            // At most 11 digits before a letter breaks the run.
            int digits = r.nextInt(12);
            for (int i = 0; i < digits; i++) {
              text.append((char) ('0' + r.nextInt(10)));
              if (r.nextInt(4) == 0) {
                text.append(" -._/".charAt(r.nextInt(5)));
              }
            }
            text.append(PanForms.context(r)).append('x');
          }
          assertThat(CardNumbers.redact(text)).isEqualTo(text.toString());
        });
  }
}
