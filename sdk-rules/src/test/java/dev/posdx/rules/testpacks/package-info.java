/**
 * Test-only packs of a fictional chain, registered through {@link java.util.ServiceLoader} like the
 * built-in packs, so that the tests exercise real discovery and loading.
 */
@NullMarked
package dev.posdx.rules.testpacks;

import org.jspecify.annotations.NullMarked;
