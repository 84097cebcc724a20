package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.cli.demo.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar posdx-cli-VERSION-all.jar} in a fresh JVM,
 * from a folder of its own, with no class path but the jar's. Runs after {@code package} (the
 * surefire execution {@code runnable-jar}), which is when the jar exists.
 */
class RunnableJarIT {

  @TempDir Path elsewhere;

  @Test
  void theJarAloneRunsTheDemo() throws Exception {
    Result run = javaJar("demo", "--locale", "en");
    assertThat(run.status).as(run.stderr).isZero();
    assertThat(run.stdout).startsWith("posdx demo: 12 situations from the merchant guide, in en");
    for (Scenario s : Scenario.all()) {
      assertThat(run.stdout).contains("[" + s.id() + "]");
    }
    // The log backend comes with the jar: no SLF4J "no providers" warning.
    assertThat(run.stderr).doesNotContain("SLF4J");
  }

  @Test
  void theJarKnowsItsVersionAndPacksAndShipsTheCompletionScript() throws Exception {
    Result version = javaJar("--version");
    assertThat(version.status).isZero();
    assertThat(version.stdout).startsWith("posdx " + System.getProperty("posdx.version") + "\n")
        .contains("built-in packs:", "  visa ", "  unionpay ");
    Result completion = javaJar("completion");
    assertThat(completion.status).isZero();
    assertThat(completion.stdout).contains("complete -F _complete_posdx");
  }

  private Result javaJar(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("posdx.runnable.jar"));
    assertThat(jar).as("the runnable jar (mvn package builds it)").isRegularFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("CLASSPATH");
    builder.redirectInput(ProcessBuilder.Redirect.from(Files.createFile(elsewhere.resolve("stdin-" + System.nanoTime())).toFile()));
    Process process = builder.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process, true));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process, false));
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + jar + " " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Result(process.exitValue(), new String(out.join(), UTF_8), new String(err.join(), UTF_8));
  }

  private static byte[] readAll(Process process, boolean stdout) {
    try {
      return (stdout ? process.getInputStream() : process.getErrorStream()).readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Result(int status, String stdout, String stderr) {}
}
