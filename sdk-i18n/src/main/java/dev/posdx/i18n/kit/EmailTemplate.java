package dev.posdx.i18n.kit;

/**
 * An email or letter to the issuer, filled from the payment. It holds the last four digits of
 * the card at most, never the full number, the PIN or the security code.
 *
 * @since 0.1
 */
public record EmailTemplate(String subject, String body) {}
