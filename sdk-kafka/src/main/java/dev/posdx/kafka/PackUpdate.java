package dev.posdx.kafka;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What one instance did with one record of the packs topic, as reported on the status topic.
 *
 * @param packId the record's key
 * @param version the pack's version, when it could be read
 * @param problems why it was refused, each naming the record and the field; empty otherwise
 * @param packsServing how many published packs the instance serves after the update
 * @since 0.1
 */
public record PackUpdate(String packId, Status status, Optional<String> version, List<String> problems, int packsServing) {

  /** The outcome of one update. */
  public enum Status {
    /** Validated with every other pack and swapped in. */
    ACCEPTED,
    /** Failed validation: the set in use before keeps serving. */
    REFUSED,
    /** A tombstone removed the pack (or there was none to remove). */
    REMOVED
  }

  /**
   * @param packId the record's key
   * @param status what became of the update
   * @param version the pack's version, when it could be read
   * @param problems why it was refused; copied
   * @param packsServing how many published packs the instance serves after the update
   */
  public PackUpdate {
    problems = ImmutableList.copyOf(problems);
  }

  /** The status topic's value: {@code {"pack", "status", "version"?, "errors": [...], "packsServing", "instance"}}. */
  String toJson(String instance) {
    return RecordEnricher.write(g -> write(g, instance));
  }

  private void write(com.fasterxml.jackson.core.JsonGenerator g, String instance) throws IOException {
    g.writeStartObject();
    g.writeStringField("pack", packId);
    g.writeStringField("status", status.name());
    if (version.isPresent()) {
      g.writeStringField("version", version.get());
    }
    g.writeArrayFieldStart("errors");
    for (String problem : problems) {
      g.writeString(problem);
    }
    g.writeEndArray();
    g.writeNumberField("packsServing", packsServing);
    g.writeStringField("instance", instance);
    g.writeEndObject();
  }
}
