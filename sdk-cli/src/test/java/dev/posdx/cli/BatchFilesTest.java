package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posdx.examples.contract.PanRedactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code posdx batch} and its files: pipes, a log that is also an output, errors that name the path. */
class BatchFilesTest {

  private static final String LOG = "{\"network\":\"UNIONPAY\",\"responseCode\":\"51\"}\n".repeat(50);

  @TempDir Path dir;

  @Test
  void refusesToReadAFileItWouldOverwrite() throws IOException {
    Path out = dir.resolve("out");
    assertThat(Cli.run("", "batch", write("log.jsonl", LOG).toString(), "--out", out.toString()).status()).isZero();
    Path own = out.resolve("diagnoses.jsonl");
    byte[] before = Files.readAllBytes(own);

    Cli.Run run = Cli.run("", "batch", own.toString(), "--out", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.stderr()).contains(shown(own), "is also an output");
    assertThat(Files.readAllBytes(own)).as("its own input is left whole").isEqualTo(before);
  }

  @Test
  void readsANamedPipe() throws Exception {
    Path fifo = dir.resolve("log.fifo");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream w = Files.newOutputStream(fifo)) {
        w.write(LOG.getBytes(UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli.Run run = Cli.run("", "batch", fifo.toString(), "--format", "jsonl", "--out", dir.resolve("out").toString(), "--locale", "en");
    writer.get(1, TimeUnit.MINUTES);
    assertThat(run.status()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("Records: 50; diagnosed: 50");
    assertThat(run.all()).doesNotContain("Illegal seek");
  }

  @Test
  void everyFileErrorNamesThePathAndTheProblem() throws IOException {
    Path log = write("log.jsonl", LOG);
    Path afile = write("afile", "not a directory");
    Path missing = dir.resolve("no-such.jsonl");
    Cli.Run directory = Cli.run("", "batch", dir.toString(), "--out", dir.resolve("out").toString());
    Cli.Run outIsFile = Cli.run("", "batch", log.toString(), "--out", afile.toString());
    Cli.Run outUnderFile = Cli.run("", "batch", log.toString(), "--out", afile.resolve("sub").toString());
    Cli.Run absent = Cli.run("", "batch", missing.toString(), "--out", dir.resolve("out").toString());

    assertThat(directory.status()).isEqualTo(3);
    assertThat(directory.stderr()).contains(shown(dir), "is a directory");
    assertThat(outIsFile.status()).isEqualTo(3);
    assertThat(outIsFile.stderr()).contains(shown(afile), "must be a directory");
    assertThat(outUnderFile.status()).isEqualTo(3);
    assertThat(outUnderFile.stderr()).contains(shown(afile), "not a directory");
    assertThat(absent.status()).isEqualTo(3);
    assertThat(absent.stderr()).contains(shown(missing), "no such file");
  }

  @Test
  void aRunThatFailsPartWayLeavesTheEarlierOutputsWhole() throws IOException {
    Path out = dir.resolve("out");
    assertThat(Cli.run("", "batch", write("log.jsonl", LOG).toString(), "--out", out.toString(), "--locale", "en").status()).isZero();
    byte[] diagnoses = Files.readAllBytes(out.resolve("diagnoses.jsonl"));
    byte[] report = Files.readAllBytes(out.resolve("report.json"));
    byte[] html = Files.readAllBytes(out.resolve("report.html"));

    byte[] longer = LOG.repeat(20).getBytes(UTF_8);
    for (String threads : new String[] {"1", "4"}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = PosdxCommand.run(new String[] {"batch", "-", "--out", out.toString(), "--threads", threads, "--locale", "en"},
          new FailingInput(longer, longer.length / 2), new ByteArrayOutputStream(), new PrintStream(err, true, UTF_8));
      assertThat(status).as(err.toString(UTF_8)).isEqualTo(3);
      assertThat(err.toString(UTF_8)).contains("standard input", "could not be read after line", "nothing in");
      assertThat(Files.readAllBytes(out.resolve("diagnoses.jsonl"))).isEqualTo(diagnoses);
      assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(report);
      assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(html);
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString())).as("no partial file left")
            .containsExactlyInAnyOrder("diagnoses.jsonl", "report.json", "report.html");
      }
    }
  }

  // The path as printed: JUnit's temporary directories hold long digit runs, which are masked.
  private static String shown(Path path) {
    return PanRedactor.redact(path.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
