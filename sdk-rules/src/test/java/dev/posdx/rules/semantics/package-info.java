/** Sweeps of the engine's semantics over the built-in packs: invariants, root causes, modifiers, the catalog. */
@NullMarked
package dev.posdx.rules.semantics;

import org.jspecify.annotations.NullMarked;
