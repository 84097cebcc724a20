/**
 * Built-in packs an application adds by hand: {@link dev.posdx.rules.packs.UnionPayLegacyPack}
 * is not registered with {@link java.util.ServiceLoader} and is added explicitly by terminals
 * whose acquirer still answers with the pre-2015 UnionPay meanings. The registered built-in packs
 * (network codes, chip, terminal, operator, chain settlement, cross-border, China's calendar) are
 * found by {@link dev.posdx.core.Diagnoser#standard()} and need no name here.
 */
@NullMarked
package dev.posdx.rules.packs;

import org.jspecify.annotations.NullMarked;
