package dev.posdx.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCommandTest {

  @TempDir Path dir;

  @Test
  void flagsAreReadInBothFormsAndPackDirectoriesAccumulate() {
    Map<String, String> o = StreamCommand.parse(new String[] {
        "--bootstrap-servers", "b:9092", "--input=auth", "--lenient", "--packs", "a", "--packs", "b"});
    assertThat(o).containsEntry("bootstrap-servers", "b:9092").containsEntry("input", "auth")
        .containsEntry("lenient", "true").containsEntry("packs", "a" + java.io.File.pathSeparator + "b");
  }

  @Test
  void wrongCommandLinesNameTheirProblem() {
    assertThatThrownBy(() -> StreamCommand.parse(new String[] {"--inptu", "x"})).hasMessageContaining("unknown option --inptu");
    assertThatThrownBy(() -> StreamCommand.parse(new String[] {"--input", "a", "--input", "b"})).hasMessageContaining("given twice");
    assertThatThrownBy(() -> StreamCommand.parse(new String[] {"--output"})).hasMessageContaining("--output needs a value");
    assertThatThrownBy(() -> StreamCommand.topology(Map.of("input", "a", "output", "b"), List.of()))
        .hasMessageContaining("--errors is required");
  }

  @Test
  void aShortLedgerSecretIsRefusedWithoutEchoingIt() throws Exception {
    Path secret = dir.resolve("secret");
    Files.writeString(secret, "hunter2");
    assertThatThrownBy(() -> StreamCommand.topology(
            Map.of("input", "a", "output", "b", "errors", "c", "ledger-secret-file", secret.toString()), List.of()))
        .hasMessageContaining("at least 32 bytes").hasMessageNotContaining("hunter2");
  }
}
