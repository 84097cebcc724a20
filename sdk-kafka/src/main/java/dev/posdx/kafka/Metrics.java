package dev.posdx.kafka;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * posdx's counts in Kafka Streams' own metrics (group {@code stream-posdx-metrics}, tag {@code
 * posdx-id}): {@code diagnoses-total} and {@code diagnoses-rate} per {@code category.NAME} and per
 * {@code cause.ID}, and {@code unusable-records-total}/{@code -rate} for records sent to the error
 * topic. Not thread-safe: one per processor, as Streams runs them.
 */
final class Metrics {

  static final String SCOPE = "posdx";
  static final String DIAGNOSES = "diagnoses";
  static final String UNUSABLE = "unusable-records";

  private final StreamsMetrics metrics;
  private final Map<Category, Sensor> categories = new EnumMap<>(Category.class);
  private final Map<Cause, Sensor> causes = new HashMap<>();
  private final Sensor unusable;

  Metrics(StreamsMetrics metrics) {
    this.metrics = metrics;
    this.unusable = metrics.addRateTotalSensor(SCOPE, "errors", UNUSABLE, Sensor.RecordingLevel.INFO);
  }

  void diagnosed(Category category, Cause cause) {
    categories.computeIfAbsent(category, c -> sensor("category." + c.name())).record();
    causes.computeIfAbsent(cause, c -> sensor("cause." + c.id())).record();
  }

  void unusable() {
    unusable.record();
  }

  private Sensor sensor(String entity) {
    return metrics.addRateTotalSensor(SCOPE, entity, DIAGNOSES, Sensor.RecordingLevel.INFO);
  }
}
