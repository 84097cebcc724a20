package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.JoinedPieces;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written pack id check accepts exactly what the pack id pattern matches. */
class RulePackIdTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    List<String> pieces =
        List.of("a", "z", "0", "9", "-", ".", "_", "A", " ", "é", "/", "unionpay", "cn-calendar.2026",
            "thirty-two-characters-of-a-pack-");
    JoinedPieces.sweep(pieces, s -> {
      assertThat(RulePack.isId(s)).as("\"%s\"", s).isEqualTo(ID.matcher(s).matches());
    });
  }
}
