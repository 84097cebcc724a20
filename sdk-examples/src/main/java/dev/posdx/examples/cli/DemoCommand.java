package dev.posdx.examples.cli;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.examples.batch.ReportText;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineResult;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.examples.demo.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posdx demo}: a dozen situations from the merchant guide, with every audience's guidance. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "A guided tour: a dozen situations from the merchant guide, every audience's guidance.",
    description = {
      "Walks through a dozen situations from the merchant guide posdx grew from: refer to issuer,",
      "insufficient funds, expired card, wrong PIN, lost card, terminal offline, no reply from",
      "the host, chip read error, cross-store refund, holiday peak, foreign card and an SCA soft",
      "decline. For each it prints the diagnosis and the cashier's, cardholder's and merchant's",
      "guidance in the --locale language (the cardholder's is negotiated from the card).",
      ""
    },
    footer = {"", "Examples:", "  posdx demo", "  posdx demo --locale en", "  posdx demo --only lost-card --locale ja"})
final class DemoCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PackOptions packs;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      description = "Language of the cashier's and merchant's texts (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Option(names = "--only", paramLabel = "ID", description = "Show one situation: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ScenarioIds.class)
  @Nullable String only;

  @Override
  public Integer call() {
    List<Scenario> scenarios = Scenario.all();
    if (only != null) {
      scenarios = scenarios.stream().filter(s -> s.id().equals(only)).toList();
      if (scenarios.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "no situation " + only + "; one of " + String.join(", ", new ScenarioIds()));
      }
    }
    DiagnosisPipeline pipeline = Session.pipeline(packs, false, locale);
    ReportText labels = ReportText.of(DemoCommand.class, "Labels", locale);
    PrintWriter out = root.out;
    out.println(labels.format("demoTitle", scenarios.size(), locale.toLanguageTag()));
    int failed = 0;
    int n = 0;
    for (Scenario s : scenarios) {
      n++;
      out.println();
      out.println("━━ " + n + "/" + scenarios.size() + "  " + s.title(locale) + "  [" + s.id() + "]");
      LineResult result = pipeline.diagnose(n, s.given());
      if (result instanceof LineResult.Failed f) {
        out.println(redact("   " + f.error()));
        failed++;
        continue;
      }
      LineResult.Diagnosed d = (LineResult.Diagnosed) result;
      print(out, labels, s, d.diagnosis(), d.guidance());
    }
    out.println();
    out.println(labels.format("demoFooter", locale.toLanguageTag()));
    return failed == 0 ? ExitStatus.OK : ExitStatus.BAD_INPUT;
  }

  private static void print(PrintWriter out, ReportText labels, Scenario s, Diagnosis d, RenderedGuidance g) {
    var o = d.outcome();
    StringBuilder input = new StringBuilder(o.network().name());
    o.responseCode().ifPresent(c -> input.append(' ').append(c.value()));
    o.terminal().link().ifPresent(l -> input.append("  link=").append(l));
    o.terminal().hostReply().ifPresent(h -> input.append("  host=").append(h));
    o.terminal().reader().ifPresent(r -> input.append("  reader=").append(r));
    o.transactionType().ifPresent(t -> input.append("  ").append(t));
    o.issuerCountry().ifPresent(c -> input.append("  issuer=").append(c));
    o.merchant().country().ifPresent(c -> input.append("  merchant=").append(c));
    o.pan().ifPresent(p -> input.append("  ").append(p.masked()));
    out.println(redact("   " + labels.get("input") + ": " + input));
    out.println(redact("   " + labels.get("diagnosis") + ": " + d.cause() + " (" + d.category() + ")  "
        + labels.get("retry") + ": " + d.retry() + "  " + labels.get("contactIssuer") + ": "
        + labels.get(d.contactIssuer() ? "yes" : "no")));
    if (d.findings().stream().map(f -> f.cause()).distinct().count() > 1) {
      out.println(redact("   " + labels.get("findings") + ": " + d.findings().stream()
          .map(f -> f.cause().id()).distinct().collect(java.util.stream.Collectors.joining(", "))));
    }
    d.issuer().ifPresent(i -> out.println(redact("   " + labels.get("issuer") + ": " + i.name()
        + i.hotline().map(h -> "  ☎ " + h).orElse(""))));
    out.println(redact("   " + labels.get("cashier") + " [" + g.cashierLocale().toLanguageTag() + "]: " + g.cashier()));
    out.println(redact("   " + labels.get("cardholder") + " [" + g.cardholderLocale().toLanguageTag() + "]: " + g.cardholder()));
    out.println(redact("   " + labels.get("merchant") + ": " + g.merchant()));
    for (Audience a : List.of(Audience.CASHIER, Audience.CARDHOLDER, Audience.MERCHANT)) {
      List<RenderedGuidance.StepText> steps = g.steps().stream().filter(t -> t.audience() == a).toList();
      if (!steps.isEmpty()) {
        out.println(redact("   " + labels.get("steps") + " · " + labels.get(a.name().toLowerCase(Locale.ROOT)) + ":"));
        for (RenderedGuidance.StepText t : steps) {
          out.println(redact("     - " + t.text()));
        }
      }
    }
  }

  private static String redact(String s) {
    return PanRedactor.redact(s);
  }

  /** The situation ids, for --only. */
  static final class ScenarioIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Scenario.all().stream().map(Scenario::id).iterator();
    }
  }
}
