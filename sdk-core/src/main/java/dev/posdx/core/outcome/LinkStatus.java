package dev.posdx.core.outcome;

/** The terminal's network link to its acquirer host. */
public enum LinkStatus {
  ONLINE,
  OFFLINE,
  UNSTABLE
}
