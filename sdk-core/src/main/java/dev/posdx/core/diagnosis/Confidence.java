package dev.posdx.core.diagnosis;

/**
 * How sure a finding is, from the strength of the evidence a rule needs.
 *
 * @since 0.1
 */
public enum Confidence {
  /** The network defines the code to mean exactly this. */
  CERTAIN,
  /** The evidence usually means this. */
  LIKELY,
  /** Worth checking; other causes fit too. */
  POSSIBLE
}
