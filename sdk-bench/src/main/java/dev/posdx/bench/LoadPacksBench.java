package dev.posdx.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Start-up cost in a fresh JVM: every fork measures one cold call. posdx discovers, reads,
 * validates and indexes all built-in packs; the baseline reads the same YAML files into Jackson
 * trees and does nothing else, the floor any YAML-based format pays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadPacksBench {

  // The installed packs' data files (sdk-rules META-INF/services); the test checks the list.
  static final List<String> PACK_FILES =
      List.of("iso8583.yaml", "unionpay.yaml", "visa.yaml", "mastercard.yaml", "chain-settlement.yaml",
          "cn-calendar.yaml", "cross-border.yaml", "emv.yaml", "operator.yaml", "terminal.yaml");

  @Benchmark
  public Diagnoser loadAllBuiltInPacks() {
    return RulePacks.installed().diagnoser();
  }

  @Benchmark
  public List<JsonNode> baselineJacksonReadSameFiles() {
    YAMLMapper yaml = new YAMLMapper();
    List<JsonNode> trees = new ArrayList<>();
    for (String file : PACK_FILES) {
      try (InputStream in = LoadPacksBench.class.getResourceAsStream("/dev/posdx/rules/packs/" + file)) {
        if (in == null) {
          throw new IllegalStateException("pack file not on the class path: " + file);
        }
        trees.add(yaml.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }
}
