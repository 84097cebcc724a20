package dev.posdx.core.outcome;

/**
 * How the card data reached the terminal.
 *
 * @since 0.1
 */
public enum EntryMode {
  CHIP,
  CONTACTLESS,
  MAGSTRIPE,
  /** Magstripe read after the chip could not be read. */
  FALLBACK,
  /** Card number keyed in. */
  MANUAL
}
