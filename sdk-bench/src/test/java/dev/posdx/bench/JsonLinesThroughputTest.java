package dev.posdx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness measures real work: every command really reads and writes every line. No timing is asserted. */
class JsonLinesThroughputTest {

  @TempDir Path dir;

  @Test
  void everyCommandWritesOneLinePerGeneratedLine() throws Exception {
    List<JsonLinesThroughput.Measurement> results = JsonLinesThroughput.run(dir, 2_000, 1);
    assertThat(results).extracting(JsonLinesThroughput.Measurement::name)
        .containsExactly("Jackson read+write (floor)", "posdx diagnose --jsonl", "posdx batch (diagnoses + report)");
    assertThat(results).allSatisfy(m -> assertThat(m.outputLines()).isEqualTo(2_000));
    // The generated mix diagnoses cleanly: no line of it is an error.
    assertThat(Files.readAllLines(dir.resolve("diagnose.jsonl"))).noneMatch(l -> l.startsWith("{\"error\""));
    assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"failed\" : 0");
  }
}
