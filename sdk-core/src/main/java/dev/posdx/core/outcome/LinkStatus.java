package dev.posdx.core.outcome;

/**
 * The terminal's network link to its acquirer host.
 *
 * @since 0.1
 */
public enum LinkStatus {
  ONLINE,
  OFFLINE,
  UNSTABLE
}
