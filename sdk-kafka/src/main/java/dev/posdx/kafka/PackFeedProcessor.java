package dev.posdx.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted packs topic on every instance (a global store): each update is validated
 * and swapped in, or refused while the old set keeps serving; the result goes to the status
 * outbox. The store keeps the accepted packs, so an instance that starts again rebuilds its set.
 */
final class PackFeedProcessor implements Processor<String, byte[], Void, Void> {

  private static final Logger log = LoggerFactory.getLogger(PackFeedProcessor.class);

  private final PublishedPacks packs;
  private final String storeName;
  private final Queue<PackUpdate> statusOutbox;
  private KeyValueStore<String, byte[]> store;

  PackFeedProcessor(PublishedPacks packs, String storeName, Queue<PackUpdate> statusOutbox) {
    this.packs = packs;
    this.storeName = storeName;
    this.statusOutbox = statusOutbox;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
    // Restored from the topic: apply what is there, refusing again what does not validate.
    List<KeyValue<String, byte[]>> restored = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      all.forEachRemaining(restored::add);
    }
    for (KeyValue<String, byte[]> pack : restored) {
      PackUpdate update = packs.apply(pack.key, pack.value);
      if (update.status() != PackUpdate.Status.ACCEPTED) {
        store.delete(pack.key);
      }
      logged(update);
    }
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.key() == null) {
      log.warn("packs topic: a record without a key was ignored (the key must be the pack's id)");
      return;
    }
    PackUpdate update = packs.apply(record.key(), record.value());
    switch (update.status()) {
      case ACCEPTED -> store.put(record.key(), record.value());
      case REMOVED -> store.delete(record.key());
      case REFUSED -> { } // the store keeps the pack that serves
    }
    statusOutbox.add(logged(update));
  }

  private static PackUpdate logged(PackUpdate update) {
    if (update.status() == PackUpdate.Status.REFUSED) {
      log.warn("pack {} refused, the previous set keeps serving: {}", update.packId(), update.problems());
    } else {
      log.info("pack {} {} ({} published packs serving)", update.packId(), update.status(), update.packsServing());
    }
    return update;
  }
}
