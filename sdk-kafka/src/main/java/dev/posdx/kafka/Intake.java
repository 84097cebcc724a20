package dev.posdx.kafka;

/** A raw record after its first reading: prepared for counting, or refused with the contract's error. */
sealed interface Intake permits PreparedRecord, Intake.Refused {

  /** The bytes were not one JSON document. */
  record Refused(EnrichedRecord.Unusable error) implements Intake {}
}
