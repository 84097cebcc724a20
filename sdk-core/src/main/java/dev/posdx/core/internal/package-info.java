/**
 * Not API: public only so that posdx's own packages can share it; the module does not export it.
 * Anything here may change or go in any release.
 */
@NullMarked
package dev.posdx.core.internal;

import org.jspecify.annotations.NullMarked;
