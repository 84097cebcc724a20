package dev.posdx.core.outcome;

/**
 * Whether the host answered the authorization request.
 *
 * @since 0.1
 */
public enum HostReply {
  /** The host answered, with the response code in the outcome. */
  RESPONDED,
  /** The request was sent and no reply came: the outcome at the host is unknown. */
  TIMEOUT,
  /** The request never left the terminal. */
  NOT_SENT
}
