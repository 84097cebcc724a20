package dev.posdx.kafka;

import java.time.Duration;
import java.util.Queue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The first step: reads each raw record once, keys it for the ledger and masks its card number
 * (a record that is not JSON goes to the error topic at once), and passes on the pack updates this
 * instance has applied, for the status topic.
 */
final class IntakeProcessor implements Processor<byte[], byte[], String, Staged> {

  /** How often pack statuses are passed on when no record arrives. */
  static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);

  private final RecordEnricher enricher;
  private final Queue<PackUpdate> statusOutbox;
  private final String instance;
  private ProcessorContext<String, Staged> context;
  private Metrics sensors;

  IntakeProcessor(RecordEnricher enricher, Queue<PackUpdate> statusOutbox, String instance) {
    this.enricher = enricher;
    this.statusOutbox = statusOutbox;
    this.instance = instance;
  }

  @Override
  public void init(ProcessorContext<String, Staged> context) {
    this.context = context;
    this.sensors = new Metrics(context.metrics());
    context.schedule(STATUS_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> passOnStatuses(now));
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    passOnStatuses(record.timestamp());
    Staged.Source source = source();
    byte[] raw = record.value() == null ? new byte[0] : record.value();
    Intake intake = enricher.prepare(raw);
    if (intake instanceof PreparedRecord p) {
      // A record that cannot be counted is spread by its source, never keyed by a null.
      String key = p.ledgerKey().orElseGet(() -> "~" + source.partition() + "." + (source.offset() & 15));
      context.forward(new Record<>(key, new Staged.Prepared(record.key(), source, p.ledgerKey().isPresent(), p.maskedJson()),
          record.timestamp()));
    } else {
      sensors.unusable();
      context.forward(record.withKey((String) null).withValue(new Staged.Finished(
          Staged.Destination.ERRORS, record.key(), ErrorRecords.withSource(((Intake.Refused) intake).error(), source))));
    }
  }

  private Staged.Source source() {
    return context.recordMetadata()
        .map((RecordMetadata m) -> new Staged.Source(m.topic(), m.partition(), m.offset()))
        .orElse(new Staged.Source("", -1, -1));
  }

  private void passOnStatuses(long timestamp) {
    for (PackUpdate update; (update = statusOutbox.poll()) != null; ) {
      byte[] key = update.packId().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] value = update.toJson(instance).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      context.forward(new Record<String, Staged>(null, new Staged.Finished(Staged.Destination.STATUS, key, value), timestamp));
    }
  }
}
