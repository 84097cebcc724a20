package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.JoinedPieces;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written rule id check accepts exactly what the rule id pattern matches. */
class RuleIdTest {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces =
        List.of("a", "Z", "0", "9", "-", ".", "_", " ", "é", "/", "unionpay-51", "forty-characters-of-a-rule-id-to-go-over",
            "R");
    JoinedPieces.sweep(pieces, s -> {
      assertThat(Rule.isId(s)).as("\"%s\"", s).isEqualTo(ID.matcher(s).matches());
    });
  }
}
