/**
 * The issuer-contact kit: the merchant guide's "contact the card issuer" steps made concrete and
 * localized. {@link dev.posdx.i18n.kit.IssuerContactKit} gathers the facts to have ready (masked
 * card number only), the channels (the issuer's hotline when the directory knows it), an email
 * template filled from the payment, the self-check list and prevention tips; {@link
 * dev.posdx.i18n.kit.FollowUpRecord} is the serializable note of each contact that a POS app
 * keeps.
 */
@NullMarked
package dev.posdx.i18n.kit;

import org.jspecify.annotations.NullMarked;
