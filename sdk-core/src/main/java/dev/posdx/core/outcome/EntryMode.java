package dev.posdx.core.outcome;

/**
 * How the card data reached the terminal.
 *
 * @since 0.1
 */
public enum EntryMode {
  /** Contact chip (EMV) read. */
  CHIP,
  /** Contactless card or device tapped. */
  CONTACTLESS,
  /** Magnetic stripe swiped, not as a chip fallback. */
  MAGSTRIPE,
  /** Magstripe read after the chip could not be read. */
  FALLBACK,
  /** Card number keyed in. */
  MANUAL
}
