/**
 * Example: a chain's own packs (cross-store settlement, one store's override) loaded from a
 * directory beside the built-in packs. See {@code sdk-examples/examples/chain-pack}.
 */
@NullMarked
package dev.posdx.examples.chainpack;

import org.jspecify.annotations.NullMarked;
