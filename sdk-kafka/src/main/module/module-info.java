/** Stream enrichment on Kafka Streams: the topology, the reattempt ledger and live pack updates. */
module dev.posdx.kafka {
  requires transitive dev.posdx.core;
  requires transitive dev.posdx.rules;
  requires dev.posdx.i18n;
  requires dev.posdx.examples;
  requires transitive kafka.streams;
  requires transitive kafka.clients;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.github.benmanes.caffeine;
  requires com.google.common;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.posdx.kafka;
}
