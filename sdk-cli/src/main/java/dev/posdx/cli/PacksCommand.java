package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.PanRedactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posdx packs}: the packs in use, in precedence order. */
@Command(
    name = "packs",
    mixinStandardHelpOptions = true,
    header = "List the rule packs in use: versions, rule counts, sources.",
    description = {
      "Lists the rule packs in use, most specific scope first (STORE > CHAIN > BANK/ACQUIRER >",
      "NETWORK > BASE, then by id): id, version, scope, rule count, where it was read from and the",
      "documents it cites. With --packs DIR, a chain's or vendor's own packs are listed beside",
      "the built-in ones.",
      ""
    })
final class PacksCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PackOptions packs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format is text or json, got " + format);
    }
    Diagnoser diagnoser = Session.diagnoser(packs);
    if (format.equals("json")) {
      writeJson(diagnoser);
      return ExitStatus.OK;
    }
    PrintWriter out = root.out;
    out.printf("%d packs, %d rules%n", diagnoser.packs().size(), diagnoser.ruleCount());
    // Every string a pack carries goes through the redactor, each on its own: ids and sources are
    // the pack author's, and a card number glued to the next field would pass as a longer number.
    for (RulePack p : diagnoser.packs()) {
      out.println();
      out.printf("%s %s  (%s, %d rules)%n", redact(p.id()), redact(p.version()), p.scope(), p.rules().size());
      out.println("  from    " + redact(p.origin()));
      for (PackSource s : p.sources()) {
        out.println("  source  " + redact(s.document()) + " (" + redact(s.edition()) + ")");
      }
      for (RetryLimit l : p.retryLimits()) {
        out.println("  retry limit  " + redact(l.toString()));
      }
    }
    return ExitStatus.OK;
  }

  private static String redact(String packText) {
    return PanRedactor.redact(packText);
  }

  private void writeJson(Diagnoser diagnoser) throws IOException {
    try (JsonGenerator g = Session.JSON.createGenerator(root.stdout, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (RulePack p : diagnoser.packs()) {
        g.writeStartObject();
        g.writeStringField("id", redact(p.id()));
        g.writeStringField("version", redact(p.version()));
        g.writeStringField("scope", p.scope().name());
        g.writeNumberField("rules", p.rules().size());
        g.writeStringField("origin", redact(p.origin()));
        g.writeArrayFieldStart("sources");
        for (PackSource s : p.sources()) {
          g.writeStartObject();
          g.writeStringField("document", redact(s.document()));
          g.writeStringField("edition", redact(s.edition()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }
}
