package dev.posdx.core.rule;

/**
 * How specific a pack is. A more specific pack's findings rank first: {@code STORE > CHAIN >
 * BANK = ACQUIRER > NETWORK > BASE}; ties are broken by pack id, never by classpath order.
 *
 * @since 0.1
 */
public enum Scope {
  /** Facts that hold on every network (the ISO 8583 meanings); least specific. */
  BASE(0),
  /** One card network's meanings of its codes. */
  NETWORK(1),
  /** One acquirer's host and its behaviour. */
  ACQUIRER(2),
  /** One issuing bank's own codes or habits; as specific as ACQUIRER. */
  BANK(2),
  /** One merchant chain's setup. */
  CHAIN(3),
  /** One store; most specific. */
  STORE(4);

  private final int specificity;

  Scope(int specificity) {
    this.specificity = specificity;
  }

  /** {@return higher is more specific; BANK and ACQUIRER are equal} */
  public int specificity() {
    return specificity;
  }
}
