package dev.posdx.examples.cli;

import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePacks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code posdx validate FILE}: a pack file's errors with line and column. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check pack files: errors with file, line, column and field.",
    description = {
      "Reads pack files (YAML or JSON; a directory means every pack file in it) and prints each",
      "error as FILE:LINE:COLUMN /json/pointer: message. A pack that reads cleanly then has its",
      "rules' examples run against the built-in packs (and --packs) plus the pack itself.",
      ""
    },
    footer = {"", "Example:", "  posdx validate my-chain.yaml", "", "Exit status: 0 valid; 1 errors were found."})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @Mixin PackOptions packs;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pack files or directories to check.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = root.out;
    RulePacks base = Session.packSet(packs);
    int problems = 0;
    for (Path file : files) {
      RulePacks read;
      try {
        read = RulePacks.fromPath(file);
      } catch (RulePackException e) {
        problems += print(out, e.problems());
        continue;
      } catch (java.io.UncheckedIOException e) {
        out.println(file + ": cannot be read: " + PosdxCommand.describe(e.getCause()));
        problems++;
        continue;
      }
      List<RulePackException.Problem> mismatches;
      try {
        mismatches = Session.exampleMismatches(base.with(read), read.packs());
      } catch (RulePackException e) {
        problems += print(out, e.problems());
        continue;
      }
      if (!mismatches.isEmpty()) {
        problems += print(out, mismatches);
        continue;
      }
      for (RulePack pack : read.packs()) {
        int examples = pack.rules().stream().mapToInt(r -> r.examples().size()).sum();
        out.println(PanRedactor.redact(pack.origin() + ": ok, pack " + pack.id() + " " + pack.version() + " ("
            + pack.scope() + "), " + pack.rules().size() + " rules, " + examples + " examples reproduce"));
      }
    }
    if (problems > 0) {
      out.println(problems + (problems == 1 ? " problem" : " problems") + " found");
    }
    return problems == 0 ? ExitStatus.OK : ExitStatus.BAD_INPUT;
  }

  private static int print(PrintWriter out, List<RulePackException.Problem> problems) {
    for (RulePackException.Problem p : problems) {
      out.println(PanRedactor.redact(p.toString()));
    }
    return problems.size();
  }
}
