/**
 * Service-provider interfaces: {@link dev.posdx.core.spi.RulePackProvider} for packs found through
 * {@link java.util.ServiceLoader}, and {@link dev.posdx.core.spi.IssuerDirectory} for naming the
 * issuer of a card.
 */
@NullMarked
package dev.posdx.core.spi;

import org.jspecify.annotations.NullMarked;
