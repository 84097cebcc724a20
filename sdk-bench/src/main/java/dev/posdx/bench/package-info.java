/**
 * Benchmarks, each beside its baseline measured in the same run: the {@code posdx diagnose
 * --jsonl} and {@code posdx batch} throughput of whole processes on generated JSON lines, against
 * a process that only reads and writes the same lines with Jackson (the floor).
 */
@NullMarked
package dev.posdx.bench;

import org.jspecify.annotations.NullMarked;
