package dev.posdx.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.rules.contract.ContractException.Reason;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secret-looking field names are refused however they are written, and their values never shown. */
class SecretFieldNamesTest {

  private static final String VALUE = "Q7W9E3R1";

  /** The names the issue found accepted by --lenient, and look-alikes of cvv. */
  static final List<String> SECRETS =
      List.of(
          "pinBlock", "cvv", "track2Data", "trackData", "cvvCode", "securityCode", "csc", "cvc3", "pinData",
          "encryptedPin", "tag57", "pin", "PIN_BLOCK", "Track-2", "CVV2", "cvc", "track1", "ICVV", "card_security_code",
          "emvTag57", "9F6B", "tag_99", "pvv", "trackEquivalentData",
          "ｃｖｖ", "\u0441vv", "\u0421VV", "c\u200bvv", "\u0441\u0475\u0475", "p\u0456nBlock", "ＰＩＮ", "ｔｒａｃｋ２");

  @ParameterizedTest
  @ValueSource(strings = {
      "pinBlock", "cvv", "track2Data", "trackData", "cvvCode", "securityCode", "csc", "cvc3", "pinData",
      "encryptedPin", "tag57", "ｃｖｖ", "\u0441vv"})
  void theNamesTheIssueFoundAreRefusedByBothReaders(String name) {
    for (String json : List.of(
        "{\"network\":\"VISA\",\"" + name + "\":\"" + VALUE + "\"}",
        "{\"network\":\"VISA\",\"terminal\":{\"" + name + "\":{\"x\":\"" + VALUE + "\"}}}",
        "{\"network\":\"VISA\",\"extra\":[{\"" + name + "\":\"" + VALUE + "\"}]}")) {
      for (OutcomeJson reader : List.of(OutcomeJson.strict(), OutcomeJson.lenient())) {
        ContractException e = catchThrowableOfType(ContractException.class, () -> reader.read(json));
        assertThat(e).as("%s accepted %s", reader.isLenient() ? "lenient" : "strict", json).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.REFUSED_FIELD);
        assertThat(OutcomeJsonTest.fullTrace(e)).doesNotContain(VALUE);
      }
    }
  }

  /**
   * Any secret name with any mix of case, separators, full-width forms, look-alike letters and
   * zero-width characters folds to a refused name.
   */
  @Test
  void everySpellingOfASecretIsRefused() {
    qt().withExamples(20_000)
        .forAll(longs().all(), integers().between(0, SECRETS.size() - 1))
        .checkAssert((seed, which) -> {
          String name = disguise(SECRETS.get(which), new Random(seed));
          assertThat(SecretFieldNames.isSecret(name)).as("%s from %s", name, SECRETS.get(which)).isTrue();
        });
  }

  @Test
  void theContractsOwnFieldsAndCommonLogFieldsAreNotSecrets() {
    List<String> ordinary = List.of(
        "transactionId", "rrn", "stan", "authCode", "approvalCode", "shipping", "trackingNumber", "pinEntryCapability",
        "pinpad", "cardholderName", "orderId", "batchNumber", "cashier", "spinCount", "cvmResults", "tag9F34", "tag95");
    for (String name : OutcomeJson.fieldNames()) {
      String leaf = name.substring(name.indexOf('.') + 1);
      assertThat(SecretFieldNames.isSecret(leaf)).as(leaf).isFalse();
    }
    for (String name : ordinary) {
      assertThat(SecretFieldNames.isSecret(name)).as(name).isFalse();
    }
    assertThatCode(() -> OutcomeJson.lenient().read("{\"network\":\"VISA\",\"rrn\":\"1\",\"pinEntryCapability\":\"12\"}"))
        .doesNotThrowAnyException();
  }

  static String disguise(String name, Random r) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (r.nextInt(6)) {
        case 0 -> out.append(Character.toUpperCase(c));
        case 1 -> out.append(Character.toLowerCase(c));
        case 2 -> out.append(fullWidth(c));
        case 3 -> out.append(lookAlike(c));
        default -> out.append(c);
      }
      if (r.nextInt(4) == 0) {
        out.append("_- .\u200b\u00ad\u200d".charAt(r.nextInt(7)));
      }
    }
    return out.toString();
  }

  private static char fullWidth(char c) {
    return c >= '!' && c <= '~' ? (char) (c - '!' + '\uff01') : c;
  }

  private static char lookAlike(char c) {
    int i = "aceopxykmtsijbh".indexOf(Character.toLowerCase(c));
    if (i < 0) {
      return c;
    }
    // Cyrillic letters drawn like the Latin ones above, lower or upper case as the original.
    char lower = "асеорхукмтѕіјьһ".charAt(i);
    char upper = "АСЕОРХУКМТЅІЈЬҺ".charAt(i);
    return Character.isUpperCase(c) ? upper : lower;
  }
}
