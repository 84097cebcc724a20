/**
 * Not API: public only so that posdx's own packages and modules can share it (plural rules, the
 * script check and line breaking behind rendering). Anything here may change or go in any release.
 */
@NullMarked
package dev.posdx.i18n.internal;

import org.jspecify.annotations.NullMarked;
