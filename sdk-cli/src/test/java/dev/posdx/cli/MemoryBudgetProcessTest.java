package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memory is bounded by one byte budget across all workers: many threads on huge lines need no
 * more heap than one thread. Before the budget, each worker held two groups, so eight threads
 * held sixteen huge lines at once and ran out of memory with no output.
 */
class MemoryBudgetProcessTest {

  @Test
  void hugeLinesOnEightThreadsFitTheHeapOneThreadNeeds() throws Exception {
    // The case: twenty 15 MiB lines, eight threads, -Xmx128m (without the budget: no output).
    char[] digits = new char[15 << 20];
    Arrays.fill(digits, '7');
    String huge = "{\"network\":\"VISA\",\"responseCode\":\"" + new String(digits) + "\"}\n";
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      input.write((i == 3 ? "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\"}\n" : huge).getBytes(UTF_8));
    }
    PosdxProcess.Result run = PosdxProcess.run(input.toByteArray(), null, List.of("-Xmx128m"),
        "diagnose", "--jsonl", "--threads", "8", "--locale", "en");
    assertThat(run.stderr()).doesNotContain("OutOfMemoryError", "Exception");
    assertThat(run.status()).as(run.stderr()).isEqualTo(1);
    List<String> lines = run.lines();
    assertThat(lines).hasSize(20);
    for (int i = 0; i < 20; i++) {
      JsonNode out = Cli.parse(lines.get(i));
      if (i == 3) {
        assertThat(out.at("/cause").asText()).isEqualTo("account.insufficient-funds");
      } else {
        assertThat(out.at("/error/line").asInt()).isEqualTo(i + 1);
        assertThat(out.at("/error/field").asText()).isEqualTo("responseCode");
      }
    }
  }
}
