package dev.posdx.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The second step, after the repartition by ledger key: counts the card's declines in this
 * partition's window store, diagnoses on the live pack set and renders, then sends the
 * diagnosis to the output topic or the contract's error (with its source) to the error topic,
 * under the record's original key.
 */
final class EnrichProcessor implements Processor<String, Staged, String, Staged> {

  private final RecordEnricher enricher;
  private final Optional<String> ledgerStore;
  private ProcessorContext<String, Staged> context;
  private ReattemptLedger ledger;
  private Metrics sensors;

  EnrichProcessor(RecordEnricher enricher, Optional<String> ledgerStore) {
    this.enricher = enricher;
    this.ledgerStore = ledgerStore;
  }

  @Override
  public void init(ProcessorContext<String, Staged> context) {
    this.context = context;
    this.sensors = new Metrics(context.metrics());
    this.ledger = ledgerStore
        .<ReattemptLedger>map(name -> new WindowStoreLedger(context.<WindowStore<String, Long>>getStateStore(name)))
        .orElse(RecordEnricher.NO_LEDGER);
  }

  @Override
  public void process(Record<String, Staged> record) {
    if (!(record.value() instanceof Staged.Prepared prepared)) {
      return; // finished records never reach this step
    }
    EnrichedRecord result = enricher.enrich(prepared.record(record.key()), Instant.ofEpochMilli(record.timestamp()), ledger);
    Staged.Finished finished;
    if (result instanceof EnrichedRecord.Diagnosed d) {
      sensors.diagnosed(d.category(), d.cause());
      finished = new Staged.Finished(Staged.Destination.OUTPUT, prepared.originalKey(), d.json().getBytes(StandardCharsets.UTF_8));
    } else {
      sensors.unusable();
      finished = new Staged.Finished(
          Staged.Destination.ERRORS, prepared.originalKey(), ErrorRecords.withSource((EnrichedRecord.Unusable) result, prepared.source()));
    }
    context.forward(record.withKey((String) null).withValue(finished));
  }
}
