package dev.posdx.core.rule;

/**
 * How specific a pack is. A more specific pack's findings rank first: {@code STORE > CHAIN >
 * BANK = ACQUIRER > NETWORK > BASE}; ties are broken by pack id, never by classpath order.
 *
 * @since 0.1
 */
public enum Scope {
  BASE(0),
  NETWORK(1),
  ACQUIRER(2),
  BANK(2),
  CHAIN(3),
  STORE(4);

  private final int specificity;

  Scope(int specificity) {
    this.specificity = specificity;
  }

  /** Higher is more specific; BANK and ACQUIRER are equal. */
  public int specificity() {
    return specificity;
  }
}
