package dev.posdx.core.outcome;

/**
 * The receipt printer's state.
 *
 * @since 0.1
 */
public enum PrinterStatus {
  OK,
  NO_PAPER,
  FAULT
}
