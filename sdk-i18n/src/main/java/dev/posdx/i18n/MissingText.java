package dev.posdx.i18n;

import java.util.Locale;

/**
 * A message a bundle lacked when it was asked for, reported once per locale and key.
 *
 * @param locale the bundle that lacked it
 * @param key the message key
 * @param usedInstead the bundle whose text was used instead, or empty if none had it
 * @since 0.1
 */
public record MissingText(Locale locale, String key, java.util.Optional<Locale> usedInstead) {}
