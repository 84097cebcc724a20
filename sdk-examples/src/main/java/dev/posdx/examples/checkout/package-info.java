/**
 * Example: a POS checkout that fails, with the cashier's and cardholder's texts laid out for 16×2
 * displays and the decline slip for a 32-column receipt. See {@code sdk-examples/examples/checkout}.
 */
@NullMarked
package dev.posdx.examples.checkout;

import org.jspecify.annotations.NullMarked;
