/**
 * Benchmarks, each beside a baseline measured in the same run, so figures are quoted as ratios:
 * JMH benchmarks of the engine (run with {@code sdk-bench/run}, see the module README), and the
 * whole-process throughput of {@code posdx diagnose --jsonl} and {@code posdx batch} on generated
 * JSON lines against a process that only reads and writes the same lines with Jackson (the floor).
 */
@NullMarked
package dev.posdx.bench;

import org.jspecify.annotations.NullMarked;
