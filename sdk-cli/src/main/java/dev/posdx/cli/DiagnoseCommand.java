package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.JsonLines;
import dev.posdx.examples.contract.LineResult;
import dev.posdx.examples.contract.OrderedResults;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code posdx diagnose}: one outcome from flags, or JSON lines from standard input. */
@Command(name = "diagnose", sortOptions = false)
final class DiagnoseCommand extends Subcommand implements Callable<Integer> {

  @Option(names = "--jsonl", description = "Read JSON lines from standard input and write JSON lines (streaming).")
  boolean jsonl;

  @Mixin LenientOption lenient;

  @Mixin LocaleOption locale;

  @Mixin ThreadsOption threads;

  @Option(names = "--compact", description = "With a single outcome: one line of JSON instead of indented JSON.")
  boolean compact;

  @Mixin OutcomeOptions outcome;

  @Override
  public Integer call() throws IOException {
    if (jsonl) {
      if (!outcome.isEmpty()) {
        throw usageError("--jsonl reads outcomes from standard input; do not give outcome flags too");
      }
      DiagnosisPipeline pipeline = Session.pipeline(packs, lenient.lenient, locale.locale);
      JsonLines.Summary summary = new JsonLines(pipeline).run(root.stdin, root.stdout, OrderedResults.NO_LISTENER, b -> {}, threads.count());
      root.stdout.flush();
      return summary.allDiagnosed() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
    }
    if (outcome.isEmpty()) {
      throw usageError("give an outcome (at least --network), --json OBJECT, or --jsonl");
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = outcome.toJson(mapper);
    DiagnosisPipeline pipeline = Session.pipeline(packs, lenient.lenient, locale.locale);
    LineResult result = pipeline.diagnose(1, json);
    if (result instanceof LineResult.Failed failed) {
      root.stderr.println("posdx: " + outcome.describe(failed.error()));
      root.stderr.println("Try: " + spec.qualifiedName() + " --help");
    }
    try (JsonGenerator g = Session.JSON.createGenerator(root.stdout, JsonEncoding.UTF8)) {
      if (!compact) {
        g.useDefaultPrettyPrinter();
      }
      JsonLines.write(g, result);
      g.writeRaw('\n');
    }
    root.stdout.flush();
    // The outcome came from the command line: a value the contract refuses is a command-line mistake.
    return result instanceof LineResult.Diagnosed ? ExitStatus.OK : ExitStatus.USAGE;
  }
}
