package dev.posdx.core.outcome;

/**
 * The card reader's own report.
 *
 * @since 0.1
 */
public enum ReaderStatus {
  OK,
  CHIP_ERROR,
  MAGSTRIPE_ERROR,
  CONTACTLESS_ERROR,
  /** The reader as a whole failed (hardware, firmware, head contact). */
  FAULT
}
