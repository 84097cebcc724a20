/**
 * Not API: the bundle reader, the bundle checks, parsed templates and the prepared render parts
 * that {@link dev.posdx.i18n.MessageCatalog} and {@link dev.posdx.i18n.GuidanceRenderer} share.
 * Any of it may change in any release.
 */
@NullMarked
package dev.posdx.i18n.internal;

import org.jspecify.annotations.NullMarked;
