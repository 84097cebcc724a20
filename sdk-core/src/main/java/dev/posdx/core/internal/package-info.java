/**
 * Not API: engine parts other posdx packages and modules share. Anything here may change or go
 * in any release without notice; do not call it from an application.
 */
@NullMarked
package dev.posdx.core.internal;

import org.jspecify.annotations.NullMarked;
