/**
 * The posdx façade: {@link dev.posdx.core.Diagnoser} turns a {@link
 * dev.posdx.core.outcome.TransactionOutcome} into a {@link dev.posdx.core.diagnosis.Diagnosis}
 * using rule packs. The rule index that makes a diagnosis a few lookups lives here too,
 * package-private.
 */
@NullMarked
package dev.posdx.core;

import org.jspecify.annotations.NullMarked;
