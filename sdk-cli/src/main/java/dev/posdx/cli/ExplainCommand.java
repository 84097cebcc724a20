package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Evidence;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.DiagnosisWriter;
import dev.posdx.examples.contract.PanRedactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code posdx explain}: every rule that matched one outcome, with its pack, sources and matchers. */
@Command(name = "explain", sortOptions = false)
final class ExplainCommand extends Subcommand implements Callable<Integer> {

  @Mixin OnePayment payment;

  @Override
  public Integer call() throws IOException {
    OnePayment.Diagnosed one = payment.diagnose(this, Locale.ENGLISH);
    Diagnoser diagnoser = one.diagnoser();
    Diagnosis d = one.diagnosis();
    if (payment.json(this)) {
      writeJson(d, diagnoser);
    } else {
      writeText(d, diagnoser, root.out);
    }
    return ExitStatus.OK;
  }

  private void writeText(Diagnosis d, Diagnoser diagnoser, PrintWriter out) {
    out.println(line("Diagnosis: " + d.cause() + " (" + d.category() + "), retry " + d.retry()
        + (d.contactIssuer() ? ", contact the issuer" : "")));
    for (StalePack s : d.stalePacks()) {
      out.println(line("Stale pack: " + s.packId() + " " + s.packVersion() + " covers days up to " + s.validUntil()
          + ", before this payment's day; a finding of it may be missing."));
    }
    if (d.findings().isEmpty()) {
      out.println("No rule matched: " + diagnoser.packs().size() + " packs, " + diagnoser.ruleCount() + " rules were tried.");
      return;
    }
    out.println(d.findings().size() + (d.findings().size() == 1 ? " finding" : " findings") + ", the primary first:");
    int i = 0;
    for (Finding f : d.findings()) {
      TraceEntry t = f.source();
      FindingRole role = d.roles().get(i);
      out.println();
      out.println(line(++i + ". " + f.cause() + " (" + f.category() + ", " + f.confidence() + ")"
          + (role.kind() == FindingRole.Kind.PRIMARY ? "  <- primary" : "")));
      if (role.kind() != FindingRole.Kind.PRIMARY) {
        out.println(line("   why     " + why(role)));
      }
      Optional<RulePack> pack = pack(diagnoser, t.packId());
      out.println(line("   rule    " + t.ruleId()));
      out.println("   pack    " + line(t.packId()) + " " + line(t.packVersion())
          + pack.map(p -> "  scope " + p.scope() + "  from " + line(p.origin())).orElse(""));
      if (pack.isPresent()) {
        for (PackSource s : pack.get().sources()) {
          out.println("   source  " + line(s.document()) + " (" + line(s.edition()) + ")");
        }
      }
      Optional<Rule> rule = pack.flatMap(p -> p.rules().stream().filter(r -> r.id().equals(t.ruleId())).findFirst());
      List<Evidence> held = t.matched();
      if (rule.isPresent()) {
        for (Matcher m : rule.get().when()) {
          boolean matched = held.contains(m.evidence());
          out.println(line("   " + (matched ? "[x]" : "[ ]") + " " + m.field() + " " + m.condition()));
        }
      } else {
        for (Evidence e : held) {
          out.println(line("   [x] " + e.field() + " " + e.condition()));
        }
      }
    }
  }

  private void writeJson(Diagnosis d, Diagnoser diagnoser) throws IOException {
    try (JsonGenerator g = prettyJson()) {
      g.writeStartObject();
      g.writeStringField("cause", d.cause().id());
      g.writeStringField("category", d.category().name());
      g.writeStringField("retry", d.retry().toString());
      g.writeArrayFieldStart("matched");
      int index = 0;
      for (Finding f : d.findings()) {
        TraceEntry t = f.source();
        Optional<RulePack> pack = pack(diagnoser, t.packId());
        g.writeStartObject();
        g.writeStringField("cause", f.cause().id());
        g.writeStringField("category", f.category().name());
        g.writeStringField("confidence", f.confidence().name());
        g.writeStringField("pack", PanRedactor.redact(t.packId()));
        g.writeStringField("version", PanRedactor.redact(t.packVersion()));
        g.writeStringField("rule", PanRedactor.redact(t.ruleId()));
        FindingRole role = d.roles().get(index++);
        g.writeStringField("role", role.kind().name());
        if (role.by().isPresent()) {
          g.writeStringField("explainedBy", role.by().get().id());
        }
        if (role.kind() != FindingRole.Kind.PRIMARY) {
          g.writeStringField("why", why(role));
        }
        if (pack.isPresent()) {
          g.writeStringField("scope", pack.get().scope().name());
          g.writeStringField("origin", PanRedactor.redact(pack.get().origin()));
          sources(g, pack.get().sources());
        }
        objects(g, "matchers", t.matched(), e -> {
          g.writeStringField("field", e.field());
          g.writeStringField("condition", PanRedactor.redact(e.condition()));
        });
        g.writeEndObject();
      }
      g.writeEndArray();
      DiagnosisWriter.writeStalePacks(g, d);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Why a finding is secondary, in words: the cause that explains it, a modifier, or an invariant. */
  static String why(FindingRole role) {
    return switch (role.kind()) {
      case PRIMARY -> "the primary finding";
      case EXPLAINED -> "secondary: " + role.by().map(c -> c.id()).orElse("another finding") + " explains it (cause catalog)";
      case LESS_SPECIFIC -> "secondary: a rule of a more specific scope or matching more narrowly decides";
      case MODIFIER_APPLIED -> "advice only: it sets when and how to retry, the primary keeps its cause";
      case ADVICE_ONLY -> "advice only: it adds its steps, the decision is the primary's";
      case SENT_NO_REPLY -> "secondary by invariant: the request was sent and no reply came, so reconcile first; its advice is for afterwards";
      case APPROVAL_STANDS -> "secondary by invariant: an approval stays an approval";
      case RISK_FIRST -> "secondary by invariant: a risk finding decides, with NEVER and its procedure";
      case RETRY_LIMIT -> "invariant: the scheme's reattempt cap is reached, so no retry";
    };
  }

  private static Optional<RulePack> pack(Diagnoser diagnoser, String id) {
    return diagnoser.packs().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static String line(String s) {
    return PanRedactor.redact(s);
  }
}
