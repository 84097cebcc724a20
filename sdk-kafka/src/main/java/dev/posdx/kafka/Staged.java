package dev.posdx.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A record between the topology's steps: prepared for the ledger (and carried across the
 * repartition topic with its source coordinates), or finished and bound for one of the topics.
 */
sealed interface Staged {

  /** Where a finished record goes. */
  enum Destination { OUTPUT, ERRORS, STATUS }

  /** Where a record was read: the error topic names it. */
  record Source(String topic, int partition, long offset) {}

  /**
   * A prepared record: its original key (the output keeps it), its source, whether the
   * repartition key is a ledger key, and its JSON with the card number masked.
   */
  record Prepared(byte @Nullable [] originalKey, Source source, boolean counted, byte[] maskedJson) implements Staged {

    PreparedRecord record(String repartitionKey) {
      return new PreparedRecord(counted ? Optional.of(repartitionKey) : Optional.empty(), maskedJson);
    }
  }

  /** A record ready for its topic, with the key it keeps. */
  record Finished(Destination destination, byte @Nullable [] key, byte[] value) implements Staged {}

  /** Carries {@link Prepared} across the repartition topic; finished records never cross it. */
  static Serde<Staged> serde() {
    return Serdes.serdeFrom(SERIALIZER, DESERIALIZER);
  }

  byte FORMAT = 1;

  Serializer<Staged> SERIALIZER = (topic, staged) -> {
    if (!(staged instanceof Prepared p)) {
      throw new IllegalArgumentException("only prepared records cross the repartition topic");
    }
    byte[] sourceTopic = p.source().topic().getBytes(StandardCharsets.UTF_8);
    int keyLength = p.originalKey() == null ? 0 : p.originalKey().length;
    ByteBuffer out = ByteBuffer.allocate(2 + 4 + keyLength + 4 + sourceTopic.length + 4 + 8 + p.maskedJson().length);
    out.put(FORMAT).put((byte) (p.counted() ? 1 : 0));
    out.putInt(p.originalKey() == null ? -1 : keyLength);
    if (p.originalKey() != null) {
      out.put(p.originalKey());
    }
    out.putInt(sourceTopic.length).put(sourceTopic);
    out.putInt(p.source().partition()).putLong(p.source().offset());
    out.put(p.maskedJson());
    return out.array();
  };

  Deserializer<Staged> DESERIALIZER = (topic, bytes) -> {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte format = in.get();
    if (format != FORMAT) {
      throw new IllegalStateException("repartition record of format " + format + ", expected " + FORMAT);
    }
    boolean counted = in.get() == 1;
    int keyLength = in.getInt();
    byte[] key = null;
    if (keyLength >= 0) {
      key = new byte[keyLength];
      in.get(key);
    }
    byte[] sourceTopic = new byte[in.getInt()];
    in.get(sourceTopic);
    Source source = new Source(new String(sourceTopic, StandardCharsets.UTF_8), in.getInt(), in.getLong());
    byte[] json = new byte[in.remaining()];
    in.get(json);
    return new Prepared(key, source, counted, json);
  };
}
