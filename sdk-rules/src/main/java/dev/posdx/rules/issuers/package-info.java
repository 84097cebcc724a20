/**
 * Built-in {@link dev.posdx.core.spi.IssuerDirectory} implementations: tables that name a card's
 * issuing bank, and the number its cardholders call, from the card's BIN and length. The tables
 * are generated data files shipped next to their source's licence notice.
 */
@NullMarked
package dev.posdx.rules.issuers;

import org.jspecify.annotations.NullMarked;
