package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.outcome.ResponseCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed-code table finds exactly what a map keyed by {@link ResponseCode} finds. */
class CodeTableTest {

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  @Test
  void findsWhatAMapFinds_forEveryCodeOfEveryLength() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Map<ResponseCode, RuleIndex.Candidates> byCode = new HashMap<>();
      int size = r.nextInt(r.nextBoolean() ? 4 : 300);
      for (int i = 0; i < size; i++) {
        byCode.put(code(r), new RuleIndex.Candidates(new CompiledRule[0], false));
      }
      CodeTable table = new CodeTable(byCode);
      for (ResponseCode code : byCode.keySet()) {
        assertThat(table.get(code)).as("%s in %s", code, byCode.keySet()).isSameAs(byCode.get(code));
        // Lower case is folded by ResponseCode, so the same code typed either way is found.
        assertThat(table.get(ResponseCode.of(code.value().toLowerCase(java.util.Locale.ROOT)))).isSameAs(byCode.get(code));
      }
      for (int i = 0; i < 200; i++) {
        ResponseCode probe = code(r);
        assertThat(table.get(probe)).as("%s in %s", probe, byCode.keySet()).isSameAs(byCode.get(probe));
      }
    });
  }

  private static ResponseCode code(Random r) {
    StringBuilder s = new StringBuilder();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return ResponseCode.of(s.toString());
  }
}
