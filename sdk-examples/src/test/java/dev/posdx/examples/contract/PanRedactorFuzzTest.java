package dev.posdx.examples.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text through {@link PanRedactor}: it never throws, redacting twice changes nothing, every
 * character that is not part of a digit run survives in order, and a card number planted in the
 * text never comes out whole. Runs on the seed inputs in {@code PanRedactorFuzzTestInputs/}
 * during a plain {@code mvn verify}; {@code .ci/run} fuzzes it for a fixed time with {@code
 * JAZZER_FUZZ=1}.
 */
class PanRedactorFuzzTest {

  // ASCII separators a card number may be written with, and the mask character; any Unicode
  // digit, space or dash counts too, as it does for the core's CardNumbers detector.
  private static final String CARD_CHARACTERS = " \t-._/\\*";

  @FuzzTest(maxDuration = "60s")
  void noCardNumberComesOutWhole(byte[] input) {
    String text = new String(input, UTF_8);
    checkRedaction(text);

    String pan = plantedPan(input);
    String written = written(pan, input.length == 0 ? 0 : input[0]);
    int at = text.length() / 2;
    // Letters on both sides: where a card number ends is unambiguous to any detector.
    String between = "|x" + written + "x|";
    String redacted = checkRedaction(text.substring(0, at) + between + text.substring(at));
    assertThat(redacted).doesNotContain(between);
  }

  // Never throws, is idempotent and eats nothing but digit runs.
  private static String checkRedaction(String text) {
    String redacted = PanRedactor.redact(text);
    assertThat(PanRedactor.redact(redacted)).as("redacting twice").isEqualTo(redacted);
    assertThat(withoutCardCharacters(redacted)).isEqualTo(withoutCardCharacters(text));
    return redacted;
  }

  // A Luhn-valid number of 13 to 19 digits drawn from the input, so the fuzzer steers it too.
  private static String plantedPan(byte[] input) {
    int length = 13 + (input.length % 7);
    StringBuilder digits = new StringBuilder(length);
    digits.append('4');
    for (int i = 1; i < length - 1; i++) {
      digits.append(i < input.length ? (char) ('0' + (input[i] & 0xFF) % 10) : '0');
    }
    int sum = 0;
    for (int i = length - 2, k = 0; i >= 0; i--, k++) {
      int d = digits.charAt(i) - '0';
      if (k % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return digits.append((char) ('0' + (10 - sum % 10) % 10)).toString();
  }

  // Plain, or in groups of four with single spaces or hyphens, as people write card numbers.
  private static String written(String pan, byte style) {
    char separator = switch (Math.floorMod(style, 3)) {
      case 0 -> 0;
      case 1 -> ' ';
      default -> '-';
    };
    if (separator == 0) {
      return pan;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pan.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(separator);
      }
      out.append(pan.charAt(i));
    }
    return out.toString();
  }

  private static boolean isCardCharacter(int c) {
    return CARD_CHARACTERS.indexOf(c) >= 0 || Character.isDigit(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  private static String withoutCardCharacters(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isCardCharacter(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
