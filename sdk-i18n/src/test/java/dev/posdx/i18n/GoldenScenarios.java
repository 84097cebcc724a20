package dev.posdx.i18n;

import com.google.common.collect.ImmutableMap;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import java.util.Map;

/**
 * The diagnoses behind the golden files: the scenarios' outcomes (see {@link Scenarios}) run
 * through {@link Diagnoser#standard()}, the built-in packs and issuer directory found on the class
 * path, as a POS app gets them. {@link BuiltInPacksCoverageTest} checks that these are the
 * diagnoses {@link Scenarios} builds by hand.
 */
final class GoldenScenarios {

  private GoldenScenarios() {}

  static Map<String, Diagnosis> diagnoses() {
    ImmutableMap.Builder<String, Diagnosis> m = ImmutableMap.builder();
    Scenarios.all().forEach(s -> m.put(s.name(), Diagnoser.standard().diagnose(s.diagnosis().outcome())));
    return m.buildOrThrow();
  }
}
