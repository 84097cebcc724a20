package dev.posdx.core.outcome;

/**
 * The card reader's own report.
 *
 * @since 0.1
 */
public enum ReaderStatus {
  /** The reader reported no error. */
  OK,
  /** The chip could not be read. */
  CHIP_ERROR,
  /** The magnetic stripe could not be read. */
  MAGSTRIPE_ERROR,
  /** The contactless read failed (card moved away, collision, antenna). */
  CONTACTLESS_ERROR,
  /** The reader as a whole failed (hardware, firmware, head contact). */
  FAULT
}
