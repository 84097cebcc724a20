/**
 * posdx inside Kafka Streams: {@link dev.posdx.kafka.PosdxTopology} enriches authorization
 * records in the JSON-lines contract with diagnoses, counts each card's declined tries per
 * merchant in a windowed store keyed by a keyed hash ({@link dev.posdx.kafka.LedgerKeys}), and
 * swaps pack sets published to a compacted topic. The same ledger runs in one JVM on Caffeine
 * ({@link dev.posdx.kafka.InProcessLedger}).
 */
@NullMarked
package dev.posdx.kafka;

import org.jspecify.annotations.NullMarked;
