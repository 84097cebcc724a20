package dev.posdx.cli;

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

/** {@code posdx packs}: the packs in use, in precedence order. */
@Command(name = "packs")
final class PacksCommand extends Subcommand implements Callable<Integer> {

  @Mixin FormatOption format;

  @Override
  public Integer call() throws IOException {
    boolean json = format.json(this);
    Diagnoser diagnoser = diagnoser();
    if (json) {
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
    try (JsonGenerator g = prettyJson()) {
      g.writeStartArray();
      for (RulePack p : diagnoser.packs()) {
        g.writeStartObject();
        g.writeStringField("id", redact(p.id()));
        g.writeStringField("version", redact(p.version()));
        g.writeStringField("scope", p.scope().name());
        g.writeNumberField("rules", p.rules().size());
        g.writeStringField("origin", redact(p.origin()));
        sources(g, p.sources());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }
}
