package dev.posdx.core.outcome;

/** The receipt printer's state. */
public enum PrinterStatus {
  OK,
  NO_PAPER,
  FAULT
}
