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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posdx diagnose}: one outcome from flags, or JSON lines from standard input. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    header = "Diagnose one payment (flags or --json), or stream JSON lines with --jsonl.",
    sortOptions = false,
    description = {
      "Diagnoses one payment given by flags (or --json), or with --jsonl one JSON object per line",
      "of standard input: one diagnosis per output line, in the same order. A line that cannot be",
      "used gives {\"error\": {\"line\": N, \"field\": ..., \"message\": ...}} in its place and the rest",
      "go on. The contract is in sdk-examples/README.md.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  posdx diagnose --network unionpay --code 51 --locale zh-CN",
      "  posdx diagnose --json '{\"network\":\"VISA\",\"responseCode\":\"05\"}' --locale en",
      "  posdx diagnose --jsonl < outcomes.jsonl > diagnoses.jsonl",
      "",
      "Exit status: 0 all diagnosed; 1 a line could not be used (the rest were done); 2 wrong command",
      "line (a flag or --json value the contract refuses); 3 the input or output failed (a final",
      "error line says after which line the run stopped)."
    })
final class DiagnoseCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PackOptions packs;

  @Option(names = "--jsonl", description = "Read JSON lines from standard input and write JSON lines (streaming).")
  boolean jsonl;

  @Option(names = "--lenient", description = "Ignore fields the contract does not know (PIN, CVV and track data are still refused).")
  boolean lenient;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      description = "Language of the cashier's and merchant's texts, and the cardholder's default (default: ${DEFAULT-VALUE}). A line's own \"locale\" wins.")
  Locale locale;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:posdx.threads:-0}",
      description = "How many lines are diagnosed at once (default: the number of processors, at most 8). The output order never changes.")
  int threads;

  @Option(names = "--compact", description = "With a single outcome: one line of JSON instead of indented JSON.")
  boolean compact;

  @Mixin OutcomeOptions outcome;

  @Override
  public Integer call() throws IOException {
    if (jsonl) {
      if (!outcome.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--jsonl reads outcomes from standard input; do not give outcome flags too");
      }
      DiagnosisPipeline pipeline = Session.pipeline(packs, lenient, locale);
      JsonLines.Summary summary = new JsonLines(pipeline).run(root.stdin, root.stdout, OrderedResults.NO_LISTENER, b -> {}, Session.threads(threads));
      root.stdout.flush();
      return summary.allDiagnosed() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
    }
    if (outcome.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give an outcome (at least --network), --json OBJECT, or --jsonl");
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = outcome.toJson(mapper);
    DiagnosisPipeline pipeline = Session.pipeline(packs, lenient, locale);
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
