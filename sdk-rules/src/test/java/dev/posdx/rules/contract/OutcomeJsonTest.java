package dev.posdx.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.rules.contract.ContractException.Reason;
import dev.posdx.rules.internal.OutcomeTrees;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeJsonTest {

  private static final OutcomeJson STRICT = OutcomeJson.strict();

  /** A 16-digit number whose middle digits are all different from its edges. */
  private static final String PAN = "6222021234567894";

  @Test
  void readsEveryFieldOfTheContract() {
    TransactionOutcome o =
        STRICT.read(
            """
            {"network":"unionpay","responseCode":"51","merchantAdviceCode":"03",
             "transactionType":"Refund","entryMode":"chip","pan":"6222 0212 3456 7894",
             "cardExpiry":"2612","issuerCountry":"cn","cardLanguages":"zhen",
             "amount":"12.50","currency":"CNY","cardCurrency":"USD",
             "terminal":{"reader":"CHIP_ERROR","link":"unstable","host":"timeout","latencyMs":21000,
                         "clockSkewSeconds":-400,"keys":"MAC_ERROR","kernelOutcome":"try_again",
                         "tvr":"0000008000","inputTimedOut":true,"printer":"NO_PAPER"},
             "merchant":{"country":"CN","acquirer":"acq-1","chainId":"chain-1","storeId":"s-001",
                         "originalStoreId":"s-002","merchantId":"898310048990001","terminalId":"T0001"},
             "time":"2026-02-15T12:30:00+08:00","attempt":2,"cardAttemptsInWindow":7}
            """);

    assertThat(o.network()).isEqualTo(Network.UNIONPAY);
    assertThat(o.cardAttemptsInWindow()).hasValue(7);
    assertThat(o.responseCode()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("51"));
    assertThat(o.merchantAdviceCode()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("03"));
    assertThat(o.transactionType()).contains(TransactionType.REFUND);
    assertThat(o.entryMode()).contains(EntryMode.CHIP);
    assertThat(o.pan()).contains(MaskedPan.of(PAN));
    assertThat(o.cardExpiry()).contains(YearMonth.of(2026, 12));
    assertThat(o.issuerCountry()).contains(CountryCode.of("CN"));
    assertThat(o.cardLanguages()).containsExactly("zh", "en");
    assertThat(o.amount()).contains(Amount.of("12.50", "CNY"));
    assertThat(o.cardCurrency()).contains(java.util.Currency.getInstance("USD"));
    assertThat(o.terminal().reader()).contains(ReaderStatus.CHIP_ERROR);
    assertThat(o.terminal().link()).contains(LinkStatus.UNSTABLE);
    assertThat(o.terminal().hostReply()).contains(HostReply.TIMEOUT);
    assertThat(o.terminal().latency()).contains(Duration.ofMillis(21000));
    assertThat(o.terminal().clockSkew()).contains(Duration.ofSeconds(-400));
    assertThat(o.terminal().keys()).contains(KeyStatus.MAC_ERROR);
    assertThat(o.terminal().kernelOutcome()).contains(KernelOutcome.TRY_AGAIN);
    assertThat(o.terminal().tvr()).contains(Tvr.ofHex("0000008000"));
    assertThat(o.terminal().inputTimedOut()).contains(true);
    assertThat(o.terminal().printer()).contains(PrinterStatus.NO_PAPER);
    assertThat(o.merchant().country()).contains(CountryCode.of("CN"));
    assertThat(o.merchant().acquirer()).contains("acq-1");
    assertThat(o.merchant().chainId()).contains("chain-1");
    assertThat(o.merchant().storeId()).contains("s-001");
    assertThat(o.merchant().originalStoreDiffers()).isTrue();
    assertThat(o.merchant().merchantId()).contains("898310048990001");
    assertThat(o.merchant().terminalId()).contains("T0001");
    assertThat(o.time()).contains(ZonedDateTime.parse("2026-02-15T12:30:00+08:00"));
    assertThat(o.attempt()).hasValue(2);
  }

  @Test
  void absentAndNullFieldsAreUnknown() {
    TransactionOutcome o = STRICT.read("{\"network\":\"VISA\",\"responseCode\":null,\"terminal\":{}}");
    assertThat(o).isEqualTo(TransactionOutcome.builder(Network.VISA).build());
    assertThat(o.responseCode()).isEmpty();
    assertThat(o.terminal().reader()).isEmpty();
  }

  @Test
  void readsYamlTreesToo() throws Exception {
    var tree = new YAMLMapper().readTree("network: mastercard\nresponseCode: \"05\"\namount: 3.10\ncurrency: EUR\n");
    TransactionOutcome o = OutcomeTrees.read(STRICT, tree);
    assertThat(o.responseCode().orElseThrow().value()).isEqualTo("05");
    assertThat(o.amount().orElseThrow().value()).isEqualByComparingTo(new BigDecimal("3.10"));
  }

  @Test
  void cardLanguagesMayBeAList() {
    assertThat(STRICT.read("{\"network\":\"JCB\",\"cardLanguages\":[\"JA\",\"en\"]}").cardLanguages())
        .containsExactly("ja", "en");
  }

  @Test
  void anAlreadyMaskedPanIsAccepted() {
    MaskedPan pan = STRICT.read("{\"network\":\"VISA\",\"pan\":\"411111******1111\"}").pan().orElseThrow();
    assertThat(pan.masked()).isEqualTo("411111******1111");
  }

  @Test
  void aMissingNetworkIsNamed() {
    ContractException e = error("{\"responseCode\":\"05\"}");
    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(e.field()).isEqualTo("network");
    assertThat(e.getMessage()).contains("UNIONPAY");
  }

  @Test
  void anUnknownEnumValueNamesTheNestedFieldAndTheChoices() {
    ContractException e = error("{\"network\":\"VISA\",\"terminal\":{\"reader\":\"CHIP_ERR\"}}");
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_ENUM_VALUE);
    assertThat(e.field()).isEqualTo("terminal.reader");
    assertThat(e.pointer()).isEqualTo("/terminal/reader");
    assertThat(e.getMessage())
        .startsWith("terminal.reader: unknown reader \"CHIP_ERR\"")
        .contains("CHIP_ERROR, MAGSTRIPE_ERROR");
  }

  @Test
  void unknownFieldsAreErrorsUnlessLenient() {
    ContractException e = error("{\"network\":\"VISA\",\"merchant\":{\"store\":\"s-1\"}}");
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(e.field()).isEqualTo("merchant.store");
    assertThat(e.getMessage()).contains("storeId");

    String json = "{\"network\":\"VISA\",\"merchant\":{\"store\":\"s-1\"},\"traceId\":\"abc\"}";
    assertThat(error(json).field()).isEqualTo("traceId");
    assertThat(OutcomeJson.lenient().read(json)).isEqualTo(TransactionOutcome.builder(Network.VISA).build());
  }

  @Test
  void aWrongCaseFieldNameGetsASuggestion() {
    ContractException e = error("{\"network\":\"VISA\",\"responsecode\":\"05\"}");
    assertThat(e.getMessage()).contains("did you mean responseCode?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pin", "pinBlock", "cvv", "cvc", "track1", "track2", "PIN_BLOCK", "Track-2", "CVV2"})
  void secretsAreRefusedAnywhereEvenByTheLenientReader(String name) {
    String json = "{\"network\":\"VISA\",\"terminal\":{\"" + name + "\":\"987654321\"}}";
    for (OutcomeJson reader : List.of(OutcomeJson.strict(), OutcomeJson.lenient())) {
      ContractException e = catchThrowableOfType(ContractException.class, () -> reader.read(json));
      assertThat(e.reason()).isEqualTo(Reason.REFUSED_FIELD);
      assertThat(e.field()).isEqualTo("terminal." + name);
      assertThat(fullTrace(e)).doesNotContain("987654321").doesNotContain("98765");
    }
  }

  @Test
  void secretsInsideListsAreRefusedToo() {
    ContractException e = error("{\"network\":\"VISA\",\"extra\":[{\"track2\":\"x\"}]}");
    assertThat(e.reason()).isEqualTo(Reason.REFUSED_FIELD);
    assertThat(e.field()).isEqualTo("extra.0.track2");
  }

  @Test
  void codesGivenAsNumbersAreRefusedWithAHint() {
    ContractException e = error("{\"network\":\"VISA\",\"responseCode\":5}");
    assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(e.getMessage()).contains("leading zeros");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"network\":\"VISA\",\"cardExpiry\":\"2613\"}|cardExpiry",
        "{\"network\":\"VISA\",\"cardExpiry\":\"26-1\"}|cardExpiry",
        "{\"network\":\"VISA\",\"time\":\"2026-02-15T12:30:00\"}|time",
        "{\"network\":\"VISA\",\"amount\":\"12,50\",\"currency\":\"CNY\"}|amount",
        "{\"network\":\"VISA\",\"amount\":\"-1\",\"currency\":\"CNY\"}|amount",
        "{\"network\":\"VISA\",\"amount\":1e999,\"currency\":\"CNY\"}|amount",
        "{\"network\":\"VISA\",\"amount\":\"0.000000001\",\"currency\":\"CNY\"}|amount",
        "{\"network\":\"VISA\",\"amount\":\"1\",\"currency\":\"ABC\"}|currency",
        "{\"network\":\"VISA\",\"terminal\":{\"tvr\":\"00000080\"}}|terminal.tvr",
        "{\"network\":\"VISA\",\"terminal\":{\"latencyMs\":-5}}|terminal.latencyMs",
        "{\"network\":\"VISA\",\"attempt\":0}|attempt",
        "{\"network\":\"VISA\",\"issuerCountry\":\"CHN\"}|issuerCountry",
        "{\"network\":\"VISA\",\"merchant\":{\"storeId\":\"s 1\"}}|merchant.storeId",
        "{\"network\":\"VISA\",\"cardLanguages\":\"zhe\"}|cardLanguages",
        "{\"network\":\"VISA\",\"pan\":\"1234\"}|pan",
        "{\"network\":\"VISA\",\"responseCode\":\"0005\"}|responseCode",
      })
  void badValuesNameTheirField(String caseLine) {
    String[] parts = caseLine.split("\\|");
    ContractException e = error(parts[0]);
    assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
    assertThat(e.field()).isEqualTo(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"network\":\"VISA\",\"terminal\":{\"latencyMs\":\"20s\"}}|terminal.latencyMs",
        "{\"network\":\"VISA\",\"terminal\":{\"latencyMs\":1.5}}|terminal.latencyMs",
        "{\"network\":\"VISA\",\"terminal\":{\"inputTimedOut\":\"yes\"}}|terminal.inputTimedOut",
        "{\"network\":\"VISA\",\"terminal\":\"broken\"}|terminal",
        "{\"network\":\"VISA\",\"amount\":true,\"currency\":\"CNY\"}|amount",
      })
  void wrongTypesNameTheirField(String caseLine) {
    String[] parts = caseLine.split("\\|");
    ContractException e = error(parts[0]);
    assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(e.field()).isEqualTo(parts[1]);
  }

  @Test
  void anAmountNeedsItsCurrencyAndTheOtherWayRound() {
    assertThat(error("{\"network\":\"VISA\",\"amount\":\"1\"}").field()).isEqualTo("currency");
    assertThat(error("{\"network\":\"VISA\",\"currency\":\"CNY\"}").field()).isEqualTo("amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[1,2]", "{\"network\":\"VISA\"", "{\"network\":\"VISA\"} {}", "{\"network\":\"VISA\",\"network\":\"JCB\"}",
                          "{\"network\":\"VISA\",\"amount\":1e99999999999,\"currency\":\"EUR\"}"})
  void malformedInputIsMalformed(String json) {
    assertThat(error(json).reason()).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void malformedJsonSaysWhere() {
    ContractException e = error("{\"network\":\"VISA\",\n \"responseCode\": 05x}");
    assertThat(e.getMessage()).contains("line 2");
  }

  /** Every string field, an unknown field's name, and broken JSON, each holding a full card number. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"network\":\"%s\"}",
        "{\"network\":\"VISA\",\"responseCode\":\"%s\"}",
        "{\"network\":\"VISA\",\"merchantAdviceCode\":\"%s\"}",
        "{\"network\":\"VISA\",\"transactionType\":\"%s\"}",
        "{\"network\":\"VISA\",\"entryMode\":\"%s\"}",
        "{\"network\":\"VISA\",\"pan\":\"%s0\"}",
        "{\"network\":\"VISA\",\"pan\":\"%s-\"}",
        "{\"network\":\"VISA\",\"pan\":\"%s1234\"}",
        "{\"network\":\"VISA\",\"pan\":\"a%s\"}",
        "{\"network\":\"VISA\",\"cardExpiry\":\"%s\"}",
        "{\"network\":\"VISA\",\"issuerCountry\":\"%s\"}",
        "{\"network\":\"VISA\",\"cardLanguages\":\"%s\"}",
        "{\"network\":\"VISA\",\"cardLanguages\":\"%s1\"}",
        "{\"network\":\"VISA\",\"amount\":\"x%s\",\"currency\":\"CNY\"}",
        "{\"network\":\"VISA\",\"amount\":\"1\",\"currency\":\"%s\"}",
        "{\"network\":\"VISA\",\"cardCurrency\":\"%s\"}",
        "{\"network\":\"VISA\",\"time\":\"%s\"}",
        "{\"network\":\"VISA\",\"terminal\":{\"reader\":\"%s\"}}",
        "{\"network\":\"VISA\",\"terminal\":{\"tvr\":\"%s\"}}",
        "{\"network\":\"VISA\",\"merchant\":{\"country\":\"%s\"}}",
        "{\"network\":\"VISA\",\"merchant\":{\"storeId\":\"%s\"}}",
        "{\"network\":\"VISA\",\"merchant\":{\"terminalId\":\"%s x\"}}",
        "{\"network\":\"VISA\",\"merchant\":{\"%s\":\"x\"}}",
        "{\"network\":\"VISA\",\"%s\":1}",
        "{\"network\":\"VISA\",\"responseCode\":%s}",
        "{\"network\":\"VISA\",\"responseCode\":%sx}",
        "{\"network\":\"VISA\",\"responseCode\":\"05\" %s}",
        "{\"network\":\"VISA\",\"terminal\":{\"latencyMs\":%s.5}}",
        "{\"network\":\"VISA\",\"attempt\":-%s}",
        "{\"network\":\"VISA\",\"pan\":\"%s\"} %s",
      })
  void noErrorShowsMoreOfACardNumberThanSixAndFour(String template) {
    for (String pan : List.of(PAN, "6222 0212 3456 7894", "6222-0212-3456-7894")) {
      String json = template.replace("%s", pan);
      ContractException e;
      try {
        STRICT.read(json);
        continue; // a valid PAN in the pan field is fine: nothing to leak
      } catch (ContractException thrown) {
        e = thrown;
      }
      assertNoMiddleDigits(fullTrace(e));
    }
  }

  private static void assertNoMiddleDigits(String text) {
    String compact = text.replaceAll("[ \\-]", "");
    // Any five consecutive digits of the number that include one of its hidden middle digits.
    for (int start = 0; start + 5 <= PAN.length(); start++) {
      String window = PAN.substring(start, start + 5);
      boolean touchesMiddle = start + 5 > 6 && start < PAN.length() - 4;
      if (touchesMiddle) {
        assertThat(compact).as("leaks %s", window).doesNotContain(window);
      }
    }
  }

  static String fullTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return e.getMessage() + "\n" + out;
  }

  private static ContractException error(String json) {
    ContractException e = catchThrowableOfType(ContractException.class, () -> STRICT.read(json));
    assertThat(e).as("error for %s", json).isNotNull();
    return e;
  }

  @Test
  void readsTextBytesAndReadersAlike() {
    String json = "{\"network\":\"ISO8583\",\"responseCode\":\"91\",\"merchant\":{\"storeId\":\"SH-07\"}}";
    TransactionOutcome fromText = STRICT.read(json);
    assertThat(fromText.responseCode().orElseThrow().value()).isEqualTo("91");
    assertThat(STRICT.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(fromText);
    assertThat(STRICT.read(new StringReader(json))).isEqualTo(fromText);

    byte[] truncated = "{\"network\":".getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(ContractException.class, () -> STRICT.read(truncated)).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(catchThrowableOfType(ContractException.class, () -> STRICT.read(new StringReader("")))
        .reason()).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void fieldNamesListTheContract() {
    assertThat(OutcomeJson.fieldNames()).contains("network", "terminal.reader", "merchant.storeId").hasSize(17 + 10 + 7);
    assertThatThrownBy(() -> STRICT.read("{\"network\":\"VISA\",\"terminal\":{\"x\":1}}"))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("terminal.x: unknown field");
  }
}
