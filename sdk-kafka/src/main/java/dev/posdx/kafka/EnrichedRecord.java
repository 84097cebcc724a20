package dev.posdx.kafka;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.examples.contract.LineError;
import java.util.OptionalInt;

/**
 * What became of one authorization record: a diagnosis in the contract, or the contract's error.
 *
 * @since 0.1
 */
public sealed interface EnrichedRecord {

  /** {@return the record's output: one JSON object of the JSON-lines contract, without a line break} */
  String json();

  /**
   * The record was diagnosed.
   *
   * @param cardAttemptsInWindow the count the ledger gave the engine, when the record could be keyed
   */
  record Diagnosed(String json, Category category, Cause cause, OptionalInt cardAttemptsInWindow)
      implements EnrichedRecord {}

  /** The record could not be used; {@code json} is {@code {"error": {...}}}. */
  record Unusable(String json, LineError error) implements EnrichedRecord {}
}
