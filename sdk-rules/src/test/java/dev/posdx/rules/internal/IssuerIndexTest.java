package dev.posdx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.rules.RulePackException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled issuer index answers exactly as the source table's reference lookup does: for every
 * listed prefix, its neighbours, every run of 6-10 digits around it and every card length; and
 * the sweep that says so catches a table that differs by one row.
 */
class IssuerIndexTest {

  private static final Path TABLE = Path.of("src/main/resources/dev/posdx/rules/issuers/cn-issuers.tsv");

  private static final String TEXT = read();
  private static final IssuerTableSource SOURCE = source(TEXT);

  private static String read() {
    try {
      return Files.readString(TABLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static IssuerTableSource source(String text) {
    try {
      return IssuerTableSource.read(new StringReader(text), TABLE.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every run of 6-10 digits the sweep asks about: each prefix cut or extended, and its neighbours. */
  private static Set<String> sweptDigits(IssuerTableSource source) {
    Set<String> runs = new LinkedHashSet<>();
    for (IssuerTableSource.Row row : source.rows()) {
      for (String tail : new String[] {"0000000000", "9999999999", "5000000000", "0123456789"}) {
        String ten = (row.prefix() + tail).substring(0, 10);
        for (int count = 6; count <= 10; count++) {
          long value = Long.parseLong(ten.substring(0, count));
          for (long v = value - 1; v <= value + 1; v++) {
            if (v >= 0 && v < (long) Math.pow(10, count)) {
              runs.add(String.format("%0" + count + "d", v));
            }
          }
        }
      }
    }
    return runs;
  }

  /** The inputs (digits, card length) where {@code index} and the reference lookup differ, at most ten. */
  private static List<String> disagreements(IssuerIndex index, IssuerTableSource reference) {
    List<String> differ = new ArrayList<>();
    for (String digits : sweptDigits(reference)) {
      for (int length = 12; length <= 19 && differ.size() < 10; length++) {
        Optional<Issuer> expected = reference.resolve(digits, length);
        Optional<Issuer> actual = index.lookup(digits, length);
        if (!expected.equals(actual)) {
          differ.add(digits + "/" + length + ": " + actual + " where the table says " + expected);
        }
      }
    }
    return differ;
  }

  @Test
  void theShippedCompiledIndexAnswersAsTheSourceTableForEveryPrefixNeighbourAndLength() {
    IssuerIndex builtIn = IssuerIndex.builtIn();
    assertThat(sweptDigits(SOURCE)).hasSizeGreaterThan(10_000);
    assertThat(disagreements(builtIn, SOURCE)).isEmpty();
    assertThat(builtIn.rows()).isEqualTo(SOURCE.rows().size()).isEqualTo(1709);
    // Some answers are "cannot tell" and some are issuers: the sweep covers both.
    assertThat(SOURCE.resolve("621059", 16)).isEmpty();
    assertThat(builtIn.lookup("621059", 16)).isEmpty();
  }

  @Test
  void randomRunsOfDigitsAnswerAsTheSourceTable() {
    IssuerIndex builtIn = IssuerIndex.builtIn();
    List<IssuerTableSource.Row> rows = SOURCE.rows();
    qt().withExamples(20_000)
        .forAll(integers().between(0, rows.size() - 1), integers().between(6, 10), integers().between(12, 19), longs().all())
        .checkAssert((row, count, length, seed) -> {
          // Mostly a listed prefix extended with random digits, sometimes digits from nowhere.
          Random random = new Random(seed);
          StringBuilder digits = new StringBuilder(random.nextInt(4) == 0 ? "" : rows.get(row).prefix());
          while (digits.length() < count) {
            digits.append((char) ('0' + random.nextInt(10)));
          }
          String run = digits.substring(0, count);
          assertThat(builtIn.lookup(run, length)).as("%s/%s", run, length).isEqualTo(SOURCE.resolve(run, length));
        });
  }

  @Test
  void theSweepCatchesAnIndexCompiledFromATableThatLostOneRow() {
    // The mutants a wrong compiler could make: a row dropped, a longer prefix's bank changed.
    String dropped = TEXT.replaceFirst("\n62105900\t16\t[^\n]*", "");
    String rebanked = TEXT.replaceFirst("\n(62105901\t16\t)[A-Z0-9]+\t", "\n$1JRCB\t");
    assertThat(dropped).isNotEqualTo(TEXT);
    assertThat(rebanked).isNotEqualTo(TEXT);
    assertThat(disagreements(IssuerIndex.of(source(dropped)), SOURCE)).isNotEmpty();
    assertThat(disagreements(IssuerIndex.of(source(rebanked)), SOURCE)).isNotEmpty();
  }

  @Test
  void theCompiledFormReadsBackToTheSameAnswers() {
    IssuerIndex compiled = IssuerIndex.of(SOURCE);
    IssuerIndex back = IssuerIndex.read(IssuerIndex.BUILT_IN, compiled.write());
    assertThat(disagreements(back, SOURCE)).isEmpty();
    assertThat(back.origin()).isEqualTo(TABLE.toString());
  }

  @Test
  void aLookupAllocatesNothingNewForTheSameAnswer() {
    IssuerIndex builtIn = IssuerIndex.builtIn();
    // The answer is made once per issuer, not per call.
    assertThat(builtIn.lookup("622202", 19).orElseThrow()).isSameAs(builtIn.lookup("622202", 19).orElseThrow());
    assertThat(builtIn.lookup("622202", 19)).isSameAs(builtIn.lookup("622202", 19));
  }

  @Test
  void aCorruptKeyBehindAValidChecksumIsTheClearErrorOrAnIndex() {
    byte[] whole = IssuerIndex.of(SOURCE).write();
    for (int i = CompiledForm.HEADER_BYTES; i < whole.length - CompiledForm.CHECKSUM_BYTES; i += 7) {
      byte[] bad = whole.clone();
      bad[i] ^= (byte) 0x81;
      CompiledCorruptionTest.reseal(bad);
      Throwable thrown = catchThrowable(() -> IssuerIndex.read(IssuerIndex.BUILT_IN, bad).lookup("622202", 19));
      if (thrown != null) {
        assertThat(thrown).as("byte %s", i).isInstanceOf(RulePackException.class);
        assertThat(thrown.getMessage()).as("byte %s", i).contains("compiled resource " + IssuerIndex.BUILT_IN).contains("(at byte ");
      }
    }
    byte[] flipped = whole.clone();
    flipped[whole.length / 2] ^= 1;
    assertThat(catchThrowable(() -> IssuerIndex.read(IssuerIndex.BUILT_IN, flipped)))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("CRC-32");
  }
}
