/**
 * The outcome contract: how one {@link dev.posdx.core.outcome.TransactionOutcome} is written as
 * JSON (or YAML) in a pack's examples and on the command line's JSON-lines input, the reader
 * that checks it field by field, and the quoting rule that keeps card numbers out of its errors.
 */
@NullMarked
package dev.posdx.rules.contract;

import org.jspecify.annotations.NullMarked;
