/**
 * Not API: public only so that posdx's own packages and modules can share it. Anything here may
 * change or go in any release, and it may show library types (Jackson) that the API never does.
 */
@NullMarked
package dev.posdx.rules.internal;

import org.jspecify.annotations.NullMarked;
