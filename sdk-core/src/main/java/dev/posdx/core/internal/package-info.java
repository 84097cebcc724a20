/**
 * Not API: public only so that posdx's own packages can share it; the module exports it to posdx-rules alone.
 * Anything here may change or go in any release.
 */
@NullMarked
package dev.posdx.core.internal;

import org.jspecify.annotations.NullMarked;
