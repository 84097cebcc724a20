package dev.posdx.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsTheShareReadOfAKnownSize() {
    assertThat(ProgressBar.render(512 * 1024, 1024 * 1024)).contains(" 50%").contains("512.0 KiB / 1.0 MiB")
        .contains("#".repeat(15) + " ".repeat(15));
    assertThat(ProgressBar.render(3L << 30, -1)).contains("3.00 GiB read");
  }

  @Test
  void aSilentBarWritesNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProgressBar bar = ProgressBar.forTerminal(new PrintStream(err, true, StandardCharsets.UTF_8), 100);
    // Tests do not run on a terminal: the bar stays quiet, as in a pipe or a log.
    bar.accept(50);
    bar.finish(100);
    assertThat(bar.enabled()).isFalse();
    assertThat(err.size()).isZero();
  }
}
