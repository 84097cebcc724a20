/**
 * The built-in rule packs: one small provider per pack, reading the compiled form the build
 * writes from the YAML sources in {@code sdk-rules/src/main/packs/}, registered with {@link java.util.ServiceLoader}: the
 * network-code packs ({@code iso8583}, {@code unionpay}, {@code visa}, {@code mastercard}) and
 * the packs for the chip, the terminal, the operator, chain settlement, cross-border cards and
 * China's calendar. {@link dev.posdx.rules.packs.UnionPayLegacyPack} is not registered, and is
 * added explicitly by terminals whose acquirer still answers with the pre-2015 UnionPay meanings.
 */
@NullMarked
package dev.posdx.rules.packs;

import org.jspecify.annotations.NullMarked;
