/**
 * JMH benchmarks. Every benchmark class measures posdx beside a baseline in the same run, so
 * figures are quoted as ratios. Run with {@code sdk-bench/run} (see the module README).
 */
@NullMarked
package dev.posdx.bench;

import org.jspecify.annotations.NullMarked;
