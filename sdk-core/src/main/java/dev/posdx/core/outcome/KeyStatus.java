package dev.posdx.core.outcome;

/** The state of the terminal's working keys. */
public enum KeyStatus {
  OK,
  MAC_ERROR,
  NOT_SIGNED_ON
}
