/**
 * The built-in rule packs: one small {@link dev.posdx.rules.ResourcePackProvider} per pack, each
 * reading its YAML data file from this package and registered in {@code
 * META-INF/services/dev.posdx.core.spi.RulePackProvider}. The network-code packs ({@code iso8583},
 * {@code unionpay}, {@code visa}, {@code mastercard}) are registered with {@link
 * java.util.ServiceLoader}; {@link dev.posdx.rules.packs.UnionPayLegacyPack} is not, and is added
 * explicitly by terminals whose acquirer still answers with the pre-2015 UnionPay meanings.
 */
@NullMarked
package dev.posdx.rules.packs;

import org.jspecify.annotations.NullMarked;
