package dev.posdx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.internal.CodeKey;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The feature word kept on an outcome is the one its fields give, whoever asked first. */
class OutcomeFeaturesTest {

  @Test
  void theKeptWordEqualsTheWordComputedFromScratch() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      TransactionOutcome outcome = RandomOutcomes.of(seed);
      TransactionOutcome twin = RandomOutcomes.of(seed); // equal, never diagnosed: its word is computed afresh
      long fromScratch = OutcomeFeatures.compute(twin);
      assertThat(fromScratch).as("%s", outcome).isNotZero();
      assertThat(OutcomeFeatures.of(outcome)).as("first read of %s", outcome).isEqualTo(fromScratch);
      assertThat(OutcomeFeatures.of(outcome)).as("kept word of %s", outcome).isEqualTo(fromScratch);
    });
  }

  @Test
  void theKeptCodeKeyIsTheKeyOfTheOutcomesCode() {
    // The index finds a code's rules by this key: it must be the key of the code as the outcome reports it.
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      TransactionOutcome outcome = RandomOutcomes.of(seed);
      int fromScratch = outcome.responseCode().map(CodeKey::of).orElse(CodeKey.NONE);
      assertThat(OutcomeFeatures.codeKey(outcome)).as("%s", outcome).isEqualTo(fromScratch);
      outcome.responseCode().ifPresent(code -> {
        TransactionOutcome lower = TransactionOutcome.of(outcome.network(), code.value().toLowerCase(Locale.ROOT));
        assertThat(OutcomeFeatures.codeKey(lower)).as("%s typed in lower case", code).isEqualTo(fromScratch);
      });
    });
  }

  @Test
  void theWordTellsTheTwoFactsRankingReads() {
    // The verdict key takes them from the word, not the outcome: the word must tell them exactly.
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      TransactionOutcome outcome = RandomOutcomes.of(seed);
      long word = OutcomeFeatures.compute(outcome);
      assertThat(OutcomeFeatures.codePresent(word)).as("%s", outcome).isEqualTo(outcome.responseCode().isPresent());
      assertThat(OutcomeFeatures.sentNoReply(word)).as("%s", outcome).isEqualTo(Semantics.sentNoReply(outcome));
    });
  }
}
