package dev.posdx.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.rules.PackExpiry;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePacks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code posdx validate FILE}: a pack file's errors with line and column. */
@Command(name = "validate")
final class ValidateCommand extends Subcommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pack files or directories to check.")
  List<Path> files;

  @Option(names = "--warn-days", paramLabel = "N", description = "Warn when a pack's validUntil is N days away or less (default: ${DEFAULT-VALUE}).")
  int warnDays = PackExpiry.DEFAULT_WARN_DAYS;

  @Option(names = "--today", paramLabel = "DATE", description = "The day to check validUntil against, YYYY-MM-DD (default: today on this machine).")
  @Nullable LocalDate today;

  @Override
  public Integer call() {
    if (warnDays < 0) {
      throw usageError("--warn-days must be 0 or more, got " + warnDays);
    }
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
        out.println(file + ": cannot be read: " + PosdxCommand.describe(checkNotNull(e.getCause(), "an UncheckedIOException always has a cause")));
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
        PackExpiry.warning(pack, today != null ? today : LocalDate.now(), warnDays)
            .ifPresent(w -> out.println(PanRedactor.redact(pack.origin() + ": warning: " + w)));
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
