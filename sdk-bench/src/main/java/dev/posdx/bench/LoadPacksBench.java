package dev.posdx.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePackReader;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost in a fresh JVM: every fork measures one cold call. posdx discovers the built-in
 * packs, reads their compiled form and indexes them; the baselines, on the same packs' YAML
 * sources, are what the built-in path did before they were compiled (read, validate and index
 * the YAML with Jackson) and plain Jackson reading the YAML into trees, the floor any YAML-based
 * format pays. Run from the repository root (sdk-bench/run does), where the sources are.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadPacksBench {

  // The installed packs' sources (sdk-rules META-INF/services); the test checks the list.
  static final List<String> PACK_FILES =
      List.of("iso8583.yaml", "unionpay.yaml", "visa.yaml", "mastercard.yaml", "chain-settlement.yaml",
          "cn-calendar.yaml", "cross-border.yaml", "emv.yaml", "operator.yaml", "terminal.yaml");

  @Benchmark
  public Diagnoser loadAllBuiltInPacks() {
    return RulePacks.installed().diagnoser();
  }

  @Benchmark
  public Diagnoser baselineYamlDecodeSameFiles() {
    List<RulePack> packs = new ArrayList<>();
    for (String file : PACK_FILES) {
      try {
        // Named as the build names them, so the packs equal the compiled ones.
        packs.add(RulePackReader.standard().read("sdk-rules/src/main/packs/" + file, Files.readAllBytes(source(file))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return RulePacks.of(packs).diagnoser();
  }

  @Benchmark
  public List<JsonNode> baselineJacksonReadSameFiles() {
    YAMLMapper yaml = new YAMLMapper();
    List<JsonNode> trees = new ArrayList<>();
    for (String file : PACK_FILES) {
      try {
        trees.add(yaml.readTree(Files.readAllBytes(source(file))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }

  // The pack sources from the repository root, or from a module directory (tests run there).
  static Path source(String file) {
    for (String dir : List.of("sdk-rules/src/main/packs", "../sdk-rules/src/main/packs")) {
      Path p = Path.of(dir, file);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("pack source " + file + " not found: run from the repository root");
  }
}
