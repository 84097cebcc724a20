/**
 * Not API: the providers of the built-in packs, one small {@link
 * dev.posdx.rules.ResourcePackProvider} per data file of {@code dev/posdx/rules/packs/}, found by
 * {@link java.util.ServiceLoader}. Public only because the class path's service loader needs it.
 */
@NullMarked
package dev.posdx.rules.internal.packs;

import org.jspecify.annotations.NullMarked;
