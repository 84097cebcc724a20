/**
 * Example: a terminal vendor adds a language posdx does not ship and overrides one message,
 * without forking. See {@code sdk-examples/examples/vendor-locale}.
 */
@NullMarked
package dev.posdx.examples.vendorlocale;

import org.jspecify.annotations.NullMarked;
