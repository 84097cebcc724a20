/**
 * The rule model: packs of rules, each a conjunction of typed {@link dev.posdx.core.rule.Matcher}s
 * from a closed set and a {@link dev.posdx.core.rule.Conclusion}. Data only: nothing here
 * evaluates expressions or loads classes by name.
 */
@NullMarked
package dev.posdx.core.rule;

import org.jspecify.annotations.NullMarked;
