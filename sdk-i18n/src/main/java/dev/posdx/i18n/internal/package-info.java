/**
 * Not API: the bundle reader, the bundle checks, parsed templates, the prepared render parts, plural
 * rules, the script check and line breaking that posdx's own packages and modules share; public only
 * for that, and the module does not export it. Any of it may change or go in any release.
 */
@NullMarked
package dev.posdx.i18n.internal;

import org.jspecify.annotations.NullMarked;
