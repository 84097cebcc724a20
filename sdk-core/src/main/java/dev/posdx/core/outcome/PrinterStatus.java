package dev.posdx.core.outcome;

/**
 * The receipt printer's state.
 *
 * @since 0.1
 */
public enum PrinterStatus {
  /** Ready to print. */
  OK,
  /** Out of paper. */
  NO_PAPER,
  /** Failed for another reason (jam, cover open, hardware). */
  FAULT
}
