package dev.posdx.i18n.kit;

import java.util.Locale;

/**
 * How the issuer was reached.
 *
 * @since 0.1
 */
public enum ContactChannel {
  /** A call, usually to the hotline on the back of the card. */
  PHONE,
  /** The bank's app, website or online chat. */
  ONLINE,
  /** Email. */
  EMAIL,
  /** A letter. */
  LETTER,
  /** A visit to a branch. */
  BRANCH;

  /** {@return the message key of the channel's name} */
  public String messageKey() {
    return "kit.channel-name." + name().toLowerCase(Locale.ROOT);
  }
}
