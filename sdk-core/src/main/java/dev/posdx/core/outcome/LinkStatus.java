package dev.posdx.core.outcome;

/**
 * The terminal's network link to its acquirer host.
 *
 * @since 0.1
 */
public enum LinkStatus {
  /** Connected. */
  ONLINE,
  /** No connection to the host. */
  OFFLINE,
  /** Connected, but dropping or slow. */
  UNSTABLE
}
