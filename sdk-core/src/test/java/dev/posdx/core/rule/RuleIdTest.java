package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.JoinedPieces;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written rule id check accepts exactly what {@link Rule#ID} matches. */
class RuleIdTest {

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces =
        List.of("a", "Z", "0", "9", "-", ".", "_", " ", "é", "/", "unionpay-51", "forty-characters-of-a-rule-id-to-go-over",
            "R");
    JoinedPieces.sweep(pieces, s -> {
      assertThat(Rule.isId(s)).as("\"%s\"", s).isEqualTo(Rule.ID.matcher(s).matches());
    });
  }
}
