/**
 * Localized guidance: the UTF-8 message bundles and their strict loader ({@link
 * dev.posdx.i18n.MessageCatalog}), CLDR plural rules and parent fallback, the choice of the
 * cardholder's language ({@link dev.posdx.i18n.LocaleNegotiator}), and the {@link
 * dev.posdx.i18n.GuidanceRenderer} that turns a core diagnosis into text for the cashier, the
 * cardholder, the merchant and support.
 */
@NullMarked
package dev.posdx.i18n;

import org.jspecify.annotations.NullMarked;
