package dev.posdx.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.rules.contract.ContractException.Reason;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A syntax error is told in our words, with line and column, and never quotes the input. */
class SyntaxErrorMessagesTest {

  /** Broken JSON with {@code T} where the parser would quote what it read. */
  private static final List<String> BROKEN =
      List.of(
          "{\"network\":\"VISA\",\"pinBlock\":T}",
          "{\"network\":\"VISA\",\"cvv\":T}",
          "{\"network\":\"VISA\",T:\"x\"}",
          "{\"network\":\"VISA\",\"cvv\":\"1\" T}",
          "{\"network\":\"VISA\"} T",
          "{\"network\":T",
          "[T]",
          "T",
          "{\"T\":1,\"T\":2}",
          "{\"network\":\"VISA\",\"x\":\"\\q T\"}",
          "{\"network\":\"VISA\",\"x\":\"T\u0001\"}",
          "{\"network\":\"VISA\",\"amount\":-T}",
          "{\"network\":\"VISA\",\"attempt\":0T}",
          "{\"network\":\"VISA\",\"attempt\":1.T}",
          "{\"network\":\"VISA\" \"T\":1}",
          "{\"network\":\"VISA\",\"T\" 1}",
          "{\"network\":\"VISA\",\"x\":[T}");

  @Test
  void unquotedSecretsAreNotEchoed() {
    // The two inputs from the issue: unquoted pinBlock and cvv values.
    for (String json : List.of("{\"network\":\"VISA\",\"pinBlock\":04A1B2C3D4E5F6A7}", "{\"network\":\"VISA\",\"cvv\":7391x}")) {
      ContractException e = catchThrowableOfType(ContractException.class, () -> OutcomeJson.lenient().read(json));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(OutcomeJsonTest.fullTrace(e)).doesNotContain("04A1B2C3D4E5F6A7").doesNotContain("7391").doesNotContain("pinBlock");
      assertThat(e.getMessage()).startsWith("outcome: not valid JSON at line 1, column ");
    }
  }

  @Test
  void theWordsNameTheProblem() {
    assertThat(message("{\"network\":VISA}")).contains("strings need double quotes");
    assertThat(message("{network:\"VISA\"}")).contains("a field name without double quotes");
    assertThat(message("{\"network\":\"VISA\"")).contains("ends before the JSON value is complete");
    assertThat(message("{\"network\":\"VISA\",\"network\":\"JCB\"}")).contains("appears twice");
    assertThat(message("{\"network\":\"VISA\"} {}")).contains("more than one JSON value");
  }

  /**
   * Any token, in any place where a parser would quote it, stays out of the message and its
   * causes (an all-digit token sometimes makes valid JSON: then the contract's own error applies).
   */
  @Test
  void noBrokenInputIsQuoted() {
    qt().withExamples(5_000)
        .forAll(longs().all(), integers().between(0, BROKEN.size() - 1))
        .checkAssert((seed, which) -> {
          String token = token(new Random(seed));
          String json = BROKEN.get(which).replace("T", token);
          for (OutcomeJson reader : List.of(OutcomeJson.strict(), OutcomeJson.lenient())) {
            ContractException e = catchThrowableOfType(ContractException.class, () -> reader.read(json));
            assertThat(e).as(json).isNotNull();
            assertThat(OutcomeJsonTest.fullTrace(e)).as(json).doesNotContain(token);
          }
        });
  }

  private static String message(String json) {
    return catchThrowableOfType(ContractException.class, () -> OutcomeJson.strict().read(json)).getMessage();
  }

  // Letters and digits, starting with a letter half the time: a word, a PIN block, a card number.
  private static String token(Random r) {
    String alphabet = r.nextBoolean() ? "0123456789" : "abcdefghijklmnopqrstuvwxyzABCDEF0123456789";
    StringBuilder t = new StringBuilder();
    t.append(r.nextBoolean() ? (char) ('a' + r.nextInt(26)) : (char) ('1' + r.nextInt(9)));
    for (int n = 7 + r.nextInt(13); n > 0; n--) {
      t.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return t.toString();
  }
}
