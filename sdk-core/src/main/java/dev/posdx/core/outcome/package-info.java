/**
 * The input model: what the host answered and what the terminal knew when a payment failed.
 * Card data enters only as a {@link dev.posdx.core.outcome.MaskedPan}; PIN, CVV and track data
 * have no place here.
 */
@NullMarked
package dev.posdx.core.outcome;

import org.jspecify.annotations.NullMarked;
