package dev.posdx.kafka;

import java.nio.charset.StandardCharsets;

/** The error topic's value: the contract's error object, plus where the record was read. */
final class ErrorRecords {

  private ErrorRecords() {}

  /** {@code {"error": {"line": 1, "field": ..., "message": ...}, "source": {"topic", "partition", "offset"}}}. */
  static byte[] withSource(EnrichedRecord.Unusable unusable, Staged.Source source) {
    String error = unusable.json();
    // The contract's error object, reopened to add the coordinates beside it.
    String coordinates = RecordEnricher.write(g -> {
      g.writeStartObject();
      g.writeStringField("topic", source.topic());
      g.writeNumberField("partition", source.partition());
      g.writeNumberField("offset", source.offset());
      g.writeEndObject();
    });
    return (error.substring(0, error.length() - 1) + ",\"source\":" + coordinates + "}").getBytes(StandardCharsets.UTF_8);
  }
}
