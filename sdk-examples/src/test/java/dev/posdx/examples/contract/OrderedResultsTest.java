package dev.posdx.examples.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever fails and wherever, every record gets exactly one output line, at its own position:
 * failures of every type are injected at random positions and swept over thread counts, group
 * sizes and byte budgets.
 */
class OrderedResultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a record's task ends. */
  enum Fate { OK, RUNTIME, NUMBER_FORMAT, STACK_OVERFLOW, ASSERTION, UNWRITABLE }

  @Test
  void everyRecordHasOneLineAtItsPositionWhateverFails() {
    qt().withExamples(Integer.getInteger("posdx.qt.examples", 60))
        .withFixedSeed(Long.getLong("posdx.qt.seed", 20261205L))
        .forAll(longs().all(), integers().between(1, 16), integers().between(0, 1500), integers().between(0, 3))
        .checkAssert((seed, threads, records, budgetChoice) -> {
          long budget = new long[] {1, 4_000, 300_000, OrderedResults.defaultBudget()}[budgetChoice];
          Random random = new Random(seed);
          List<Fate> fates = new ArrayList<>(records);
          for (int i = 0; i < records; i++) {
            // About one record in ten fails, of a random kind.
            fates.add(random.nextInt(10) == 0 ? Fate.values()[1 + random.nextInt(Fate.values().length - 1)] : Fate.OK);
          }
          List<JsonNode> lines = run(fates, threads, budget, random);
          assertThat(lines).hasSize(records);
          for (int i = 0; i < records; i++) {
            long line = i + 1;
            JsonNode error = lines.get(i).get("error");
            assertThat(error.get("line").asLong()).as("output line %s", line).isEqualTo(line);
            if (fates.get(i) == Fate.OK) {
              assertThat(error.get("message").asText()).isEqualTo("marker " + line);
            } else {
              assertThat(error.get("message").asText()).as("line %s, %s", line, fates.get(i))
                  .startsWith("could not be diagnosed: internal error");
            }
          }
        });
  }

  @Test
  void theListenerSeesEveryResultInInputOrder() throws IOException {
    List<Long> seen = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OrderedResults results = new OrderedResults(out, 8, 1_000, r -> seen.add(r.line()))) {
      for (long line = 1; line <= 5_000; line++) {
        long l = line;
        results.add(line, 100, line % 7 == 0 ? () -> { throw new IllegalStateException("boom"); } : marker(l));
      }
      results.flush();
      assertThat(results.failed()).isEqualTo(5_000);
    }
    assertThat(seen).hasSize(5_000);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i + 1L);
    }
  }

  @Test
  void aStoppedRunEndsWithOneFinalErrorLineAfterEveryRecordAccepted() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OrderedResults results = new OrderedResults(out, 4, r -> {})) {
      for (long line = 1; line <= 1_000; line++) {
        results.add(line, 10, marker(line));
      }
      results.stop(LineError.ofLine(1_001, "the input could not be read after line 1000: gone"));
    }
    List<JsonNode> lines = parse(out);
    assertThat(lines).hasSize(1_001);
    assertThat(lines.get(999).at("/error/message").asText()).isEqualTo("marker 1000");
    assertThat(lines.get(1_000).at("/error/message").asText()).startsWith("the input could not be read after line 1000");
  }

  private static List<JsonNode> run(List<Fate> fates, int threads, long budget, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OrderedResults results = new OrderedResults(out, threads, budget, r -> {})) {
      for (int i = 0; i < fates.size(); i++) {
        long line = i + 1;
        results.add(line, random.nextInt(2_000), task(line, fates.get(i)));
      }
      results.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out);
  }

  private static Supplier<LineResult> task(long line, Fate fate) {
    return switch (fate) {
      case OK -> marker(line);
      case RUNTIME -> () -> { throw new IllegalStateException("bug at " + line); };
      case NUMBER_FORMAT -> () -> { throw new NumberFormatException("1e9999999999"); };
      case STACK_OVERFLOW -> () -> { throw new StackOverflowError(); };
      case ASSERTION -> () -> { throw new AssertionError("broken invariant"); };
      // A result the writer cannot render: the failure happens after part of it may be written.
      case UNWRITABLE -> () -> new LineResult.Diagnosed(line, null, null);
    };
  }

  // A result whose output line says which record it answers.
  private static Supplier<LineResult> marker(long line) {
    return () -> new LineResult.Failed(LineError.ofLine(line, "marker " + line));
  }

  private static List<JsonNode> parse(ByteArrayOutputStream out) {
    String text = out.toString(UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text.isEmpty() ? new String[0] : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        lines.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("not one JSON object: " + line, e);
      }
    }
    assertThat(text.isEmpty() || text.endsWith("\n")).isTrue();
    return lines;
  }
}
