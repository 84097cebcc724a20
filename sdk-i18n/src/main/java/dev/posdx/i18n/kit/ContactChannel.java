package dev.posdx.i18n.kit;

import java.util.Locale;

/**
 * How the issuer was reached.
 *
 * @since 0.1
 */
public enum ContactChannel {
  PHONE,
  ONLINE,
  EMAIL,
  LETTER,
  BRANCH;

  /** The message key of the channel's name. */
  public String messageKey() {
    return "kit.channel-name." + name().toLowerCase(Locale.ROOT);
  }
}
