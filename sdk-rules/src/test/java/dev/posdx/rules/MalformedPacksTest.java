package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackException.Reason;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A corpus of broken packs, one mistake each (a misspelt field also leaves one missing), in
 * {@code src/test/resources/malformed}. For each: the reason and the location of the first problem
 * (line, column, JSON pointer; 0 when there is no line, '' for the whole document), and how many problems are reported.
 */
class MalformedPacksTest {

  private static final String TABLE =
      """
      # file                                     | reason                     | line | col | pointer                              | problems
        bad-value-after-without-later.yaml         | BAD_VALUE                  | 15 | 32 | /rules/0/then/retry/after                | 1
        bad-value-cause-id.yaml                    | BAD_VALUE                  | 13 |  7 | /rules/0/then/cause                      | 1
        bad-value-code-too-long.yaml               | BAD_VALUE                  | 11 | 28 | /rules/0/when/responseCode/1             | 1
        bad-value-code-unquoted.yaml               | BAD_VALUE                  | 11 | 22 | /rules/0/when/responseCode/0             | 1
        bad-value-control-bidi-key.yaml            | BAD_VALUE                  |  4 |  1 | /\u202Escope                          | 1
        bad-value-control-escape.yaml              | BAD_VALUE                  |  6 | 15 | /sources/0/document                      | 1
        bad-value-control-nul.json                 | BAD_VALUE                  |  9 | 13 | /rules/0/id                              | 1
        bad-value-date-range-reversed.yaml         | BAD_VALUE                  | 14 | 13 | /rules/0/when/time/dates/0               | 1
        bad-value-date.yaml                        | BAD_VALUE                  | 14 | 14 | /rules/0/when/time/dates/0/from          | 1
        bad-value-display-tag.yaml                 | BAD_VALUE                  | 16 | 24 | /rules/0/then/networkDisplay/zh_Hans     | 1
        bad-value-duration.yaml                    | BAD_VALUE                  | 15 | 32 | /rules/0/then/retry/after                | 1
        bad-value-pack-id.yaml                     | BAD_VALUE                  |  2 |  1 | /id                                      | 1
        bad-value-refused-pin-in-given.yaml        | BAD_VALUE                  | 17 | 55 | /rules/0/examples/0/given/pin            | 1
        bad-value-retry-limit-window.yaml          | BAD_VALUE                  | 11 |  5 | /retryLimits/0/window                    | 1
        bad-value-sources-not-a-list.yaml          | BAD_VALUE                  |  5 |  1 | /sources                                 | 1
        bad-value-store-id.yaml                    | BAD_VALUE                  | 12 | 28 | /rules/0/when/merchant/storeId/0         | 1
        bad-value-time-of-day.yaml                 | BAD_VALUE                  | 13 | 28 | /rules/0/when/time/localTimeBetween/from | 1
        bad-value-tvr.yaml                         | BAD_VALUE                  | 12 | 18 | /rules/0/when/terminal/tvrAnyBit         | 1
        bad-value-version-number.yaml              | BAD_VALUE                  |  3 |  1 | /version                                 | 1
        bad-value-withheld-from-cashier.yaml       | BAD_VALUE                  | 16 |  7 | /rules/0/then/withheldFrom               | 1
        duplicate-rule-id.yaml                     | DUPLICATE_RULE_ID          | 19 |  5 | /rules/1/id                              | 1
        limit-nesting-depth.yaml                   | LIMIT_EXCEEDED             |  5 | 40 | /notes/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 | 1
        malformed-alias.yaml                       | MALFORMED                  | 25 | 14 | /rules/1/then/retry                      | 1
        malformed-duplicate-key.yaml               | MALFORMED                  |  5 |  6 | /scope                                   | 1
        malformed-empty.yaml                       | MALFORMED                  |  0 |  0 | ''                                       | 1
        malformed-tab-indent.yaml                  | MALFORMED                  |  7 |  1 | /sources/0/document                      | 1
        malformed-top-level-list.yaml              | MALFORMED                  |  1 |  1 | ''                                       | 1
        malformed-trailing.json                    | MALFORMED                  |  2 |  1 | ''                                       | 1
        malformed-two-documents.yaml               | MALFORMED                  | 20 |  1 | ''                                       | 1
        malformed-unclosed-flow.yaml               | MALFORMED                  | 16 | 13 | /rules/0/then/retry/decision             | 1
        malformed-unclosed.json                    | MALFORMED                  |  5 |  1 | /rules                                   | 1
        missing-change-for-with-change.yaml        | MISSING_FIELD              | 15 |  7 | /rules/0/then/retry/change               | 1
        missing-example-empty-list.yaml            | MISSING_EXAMPLE            | 16 |  5 | /rules/0/examples                        | 1
        missing-example.yaml                       | MISSING_EXAMPLE            |  9 |  5 | /rules/0/examples                        | 1
        missing-schema-version.yaml                | MISSING_FIELD              |  1 |  1 | /schemaVersion                           | 1
        missing-sources.yaml                       | MISSING_FIELD              |  1 |  1 | /sources                                 | 1
        missing-then-cause.yaml                    | MISSING_FIELD              | 12 |  5 | /rules/0/then/cause                      | 1
        missing-when-empty.yaml                    | MISSING_FIELD              | 10 |  5 | /rules/0/when                            | 1
        unknown-enum-audience.yaml                 | UNKNOWN_ENUM_VALUE         | 17 |  9 | /rules/0/then/steps/CASHEIR              | 1
        unknown-enum-category.yaml                 | UNKNOWN_ENUM_VALUE         | 14 |  7 | /rules/0/then/category                   | 1
        unknown-enum-given-network.yaml            | UNKNOWN_ENUM_VALUE         | 17 | 17 | /rules/0/examples/0/given/network        | 1
        unknown-enum-network-in-list.yaml          | UNKNOWN_ENUM_VALUE         | 11 | 27 | /rules/0/when/network/1                  | 1
        unknown-enum-scope.yaml                    | UNKNOWN_ENUM_VALUE         |  4 |  1 | /scope                                   | 1
        unknown-field-given.yaml                   | UNKNOWN_FIELD              | 17 | 55 | /rules/0/examples/0/given/store          | 1
        unknown-field-terminal.yaml                | UNKNOWN_FIELD              | 14 |  9 | /rules/0/when/terminal/latencyMs         | 1
        unknown-field-then-misspelt.yaml           | UNKNOWN_FIELD              | 14 |  7 | /rules/0/then/categry                    | 1
        unknown-field-top.yaml                     | UNKNOWN_FIELD              |  5 |  1 | /author                                  | 1
        unknown-field-when.yaml                    | UNKNOWN_FIELD              | 12 |  7 | /rules/0/when/storeId                    | 1
        unknown-field.json                         | UNKNOWN_FIELD              |  6 |  3 | /priority                                | 1
        unsupported-schema-version.yaml            | UNSUPPORTED_SCHEMA_VERSION |  1 |  1 | /schemaVersion                           | 1
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void eachBrokenPackFailsWithItsReasonAndLocation(String file, Reason reason, int line, int column, String pointer, int problems)
      throws Exception {
    byte[] content;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/malformed/" + file), file)) {
      content = in.readAllBytes();
    }
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> RulePackReader.standard().read(file, content));
    assertThat(e).as("%s must not load", file).isNotNull();
    Problem first = e.problems().get(0);
    assertThat(first.reason()).as("reason, in %s", e.getMessage()).isEqualTo(reason);
    assertThat(first.location()).as("location, in %s", e.getMessage())
        .isEqualTo(new RulePackException.Location(file, line, column, pointer));
    assertThat(e.problems()).as("problems of %s", file).hasSize(problems);
    assertThat(e.getMessage()).contains(first.location() + ": " + first.message());
  }

  @Test
  void everyFileOfTheCorpusIsInTheTable() throws Exception {
    Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/malformed")).toURI());
    long rows = TABLE.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(rows).isGreaterThanOrEqualTo(25);
    }
  }
}
