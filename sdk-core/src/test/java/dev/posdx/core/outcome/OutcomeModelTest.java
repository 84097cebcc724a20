package dev.posdx.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeModelTest {

  @Test
  void responseCodesAreUpperCasedAndValidated() {
    assertThat(ResponseCode.of("a8")).isEqualTo(ResponseCode.of("A8"));
    assertThat(ResponseCode.of("1a").value()).isEqualTo("1A");
    assertThatThrownBy(() -> ResponseCode.of("")).hasMessageContaining("1-3 letters or digits");
    assertThatThrownBy(() -> ResponseCode.of("5 1")).hasMessageContaining("\"5 1\"");
    assertThatThrownBy(() -> ResponseCode.of("0510")).hasMessageContaining("4 characters");
    assertThatThrownBy(() -> ResponseCode.of("０５")).hasMessageContaining("1-3 letters or digits");
  }

  @Test
  void merchantAdviceCodesAreTwoAsciiDigits() {
    assertThat(MerchantAdviceCode.of("03").value()).isEqualTo("03");
    assertThatThrownBy(() -> MerchantAdviceCode.of("3")).hasMessageContaining("2 digits");
    assertThatThrownBy(() -> MerchantAdviceCode.of("A3")).hasMessageContaining("2 digits");
    assertThatThrownBy(() -> MerchantAdviceCode.of("٠٣")).hasMessageContaining("2 digits");
  }

  @Test
  void panIsMaskedOnEntryAndKeepsItsLength() {
    MaskedPan pan = MaskedPan.of("6222 0212 3456 7890 123");
    assertThat(pan.bin()).isEqualTo("622202");
    assertThat(pan.last4()).isEqualTo("0123");
    assertThat(pan.length()).isEqualTo(19);
    assertThat(pan.toString()).isEqualTo("622202*********0123");
    assertThat(pan.forCardholder()).isEqualTo("**** 0123");
  }

  @Test
  void luhnIsCheckedButABadCheckDigitIsOnlyFlagged() {
    assertThat(MaskedPan.of("4111111111111111").luhn()).isEqualTo(MaskedPan.LuhnCheck.VALID);
    assertThat(MaskedPan.of("4111111111111112").luhn()).isEqualTo(MaskedPan.LuhnCheck.INVALID);
    assertThat(MaskedPan.ofMasked("411111******1111").luhn()).isEqualTo(MaskedPan.LuhnCheck.NOT_CHECKED);
  }

  @Test
  void alreadyMaskedNumbersAreAccepted() {
    MaskedPan pan = MaskedPan.parse("622202XXXXXXXXX0123");
    assertThat(pan.length()).isEqualTo(19);
    assertThat(pan).isEqualTo(MaskedPan.of("6222021234567890123"));
    assertThatThrownBy(() -> MaskedPan.parse("62220*1234567890123"))
        .isInstanceOf(PanFormatException.class)
        .extracting(e -> ((PanFormatException) e).reason())
        .isEqualTo(PanFormatException.Reason.NOT_MASKED);
  }

  @Test
  void badPansSayWhatIsWrong() {
    assertThatThrownBy(() -> MaskedPan.of("41111111111"))
        .hasMessage("pan: card number is shorter than 12 digits (11 digits seen)");
    assertThatThrownBy(() -> MaskedPan.of("41111111111111111111"))
        .hasMessage("pan: card number is longer than 19 digits (20 digits seen)");
    assertThatThrownBy(() -> MaskedPan.of("4111-1111-1111-111a"))
        .extracting(e -> ((PanFormatException) e).reason())
        .isEqualTo(PanFormatException.Reason.NOT_DIGITS);
  }

  @Test
  void tvrBitsAreNumberedAsInEmvBook3() {
    Tvr tvr = Tvr.ofHex("8000000080");
    assertThat(tvr.isSet(1, 8)).isTrue();
    assertThat(tvr.isSet(5, 8)).isTrue();
    assertThat(tvr.isSet(1, 7)).isFalse();
    assertThat(Tvr.mask(3, 8)).isEqualTo(0x0000800000L);
    assertThat(tvr.toHex()).isEqualTo("8000000080");
    assertThatThrownBy(() -> Tvr.ofHex("80000000")).hasMessageContaining("10 hex digits");
    assertThatThrownBy(() -> Tvr.ofHex("80000000G0")).hasMessageContaining("character 9");
  }

  @Test
  void cardLanguagesComeFromTag5F2DInCardOrder() {
    TransactionOutcome o = TransactionOutcome.builder(Network.UNIONPAY).cardLanguagePreference("ZHen").build();
    assertThat(o.cardLanguages()).containsExactly("zh", "en");
    assertThatThrownBy(() -> TransactionOutcome.builder(Network.VISA).cardLanguagePreference("zhe"))
        .hasMessageContaining("pairs of letters");
    assertThatThrownBy(() -> TransactionOutcome.builder(Network.VISA).cardLanguages(List.of("zh", "en", "fr", "de", "ja")))
        .hasMessageContaining("at most 4");
  }

  @Test
  void settingAFieldTwiceIsACallerMistake() {
    TransactionOutcome.Builder b = TransactionOutcome.builder(Network.VISA).responseCode("05");
    assertThatThrownBy(() -> b.responseCode("51")).isInstanceOf(IllegalStateException.class).hasMessageContaining("already set to 05");
    assertThatThrownBy(() -> TerminalState.builder().latency(Duration.ofMillis(-1))).hasMessageContaining("negative");
    assertThatThrownBy(() -> TransactionOutcome.builder(Network.VISA).attempt(0)).hasMessageContaining("1 or more");
  }

  @Test
  void everythingButTheNetworkMayBeUnknown() {
    TransactionOutcome o = TransactionOutcome.builder(Network.ISO8583).build();
    assertThat(o.responseCode()).isEmpty();
    assertThat(o.pan()).isEmpty();
    assertThat(o.attempt()).isEmpty();
    assertThat(o.terminal()).isEqualTo(TerminalState.unknown());
    assertThat(o.merchant().originalStoreDiffers()).isFalse();
    assertThat(o.toString()).isEqualTo("TransactionOutcome{network=ISO8583}");
  }

  @Test
  void outcomesAreValues() {
    TransactionOutcome a = TransactionOutcome.builder(Network.VISA).responseCode("05").cardExpiry(YearMonth.of(2027, 1)).pan("4111111111111111").build();
    TransactionOutcome b = TransactionOutcome.builder(Network.VISA).responseCode("05").cardExpiry(YearMonth.of(2027, 1)).pan("411111******1111").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void amountsAndCurrenciesAreChecked() {
    assertThat(Amount.of("12.50", "CNY").toString()).isEqualTo("12.50 CNY");
    assertThatThrownBy(() -> Amount.of("12,50", "CNY")).hasMessageContaining("decimal number");
    assertThatThrownBy(() -> Amount.of("-1", "CNY")).hasMessageContaining("negative");
    assertThatThrownBy(() -> Amount.of("1", "RMB")).hasMessageContaining("ISO 4217");
  }
}
