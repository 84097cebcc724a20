package dev.posdx.kafka;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link TopologyFixture} (own state directory) for each test. */
abstract class TopologyTestBase {

  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path state;
  TopologyFixture f;

  @BeforeEach
  void startDriver() {
    f = new TopologyFixture(state);
  }

  @AfterEach
  void closeDriver() {
    f.close();
  }
}
