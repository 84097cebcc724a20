/**
 * The guided tour behind {@code posdx demo}: a dozen situations from the merchant guide the product
 * grew from, each an outcome in the contract's shape with the cause it must give.
 */
@NullMarked
package dev.posdx.cli.demo;

import org.jspecify.annotations.NullMarked;
