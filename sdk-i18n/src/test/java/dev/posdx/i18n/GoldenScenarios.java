package dev.posdx.i18n;

import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Diagnosis;
import java.util.Map;

/**
 * The diagnoses behind the golden files. Built directly (see {@link Scenarios}) with the causes,
 * retry advice and steps of the built-in packs, so the golden files test rendering alone.
 */
final class GoldenScenarios {

  private GoldenScenarios() {}

  static Map<String, Diagnosis> diagnoses() {
    ImmutableMap.Builder<String, Diagnosis> m = ImmutableMap.builder();
    Scenarios.all().forEach(s -> m.put(s.name(), s.diagnosis()));
    return m.buildOrThrow();
  }
}
