package dev.posdx.core.rule;

import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.outcome.TransactionOutcome;

/**
 * An input and the cause a rule set must give for it: a pack's executable documentation,
 * checked by one generic test over every pack.
 *
 * @since 0.1
 */
public record RuleExample(TransactionOutcome input, Cause expected) {}
