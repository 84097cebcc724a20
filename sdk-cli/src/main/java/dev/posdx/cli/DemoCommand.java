package dev.posdx.cli;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.cli.batch.ReportText;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineResult;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.cli.demo.Scenario;
import dev.posdx.i18n.MessageCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code posdx demo}: a dozen situations from the merchant guide, with every audience's guidance. */
@Command(name = "demo")
final class DemoCommand extends Subcommand implements Callable<Integer> {

  @Mixin LocaleOption language;

  @Option(names = "--only", paramLabel = "ID", description = "Show one situation: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ScenarioIds.class)
  @Nullable String only;

  @Override
  public Integer call() {
    List<Scenario> scenarios = Scenario.all();
    if (only != null) {
      scenarios = scenarios.stream().filter(s -> s.id().equals(only)).toList();
      if (scenarios.isEmpty()) {
        throw usageError("no situation " + only + "; one of " + String.join(", ", new ScenarioIds()));
      }
    }
    Locale locale = language.locale;
    DiagnosisPipeline pipeline = Session.pipeline(packs, false, locale);
    ReportText labels = ReportText.forLocale(locale);
    MessageCatalog catalog = Session.texts().catalog();
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
      print(out, labels, catalog, d.diagnosis(), d.guidance());
    }
    out.println();
    out.println(labels.format("demoFooter", locale.toLanguageTag()));
    return failed == 0 ? ExitStatus.OK : ExitStatus.BAD_INPUT;
  }

  private static void print(PrintWriter out, ReportText t, MessageCatalog catalog, Diagnosis d, RenderedGuidance g) {
    var o = d.outcome();
    List<String> input = new ArrayList<>();
    input.add(t.networkName(o.network(), catalog) + o.responseCode().map(c -> " " + c.value()).orElse(""));
    o.terminal().link().ifPresent(l -> input.add(t.labelled("link", t.name(l))));
    o.terminal().hostReply().ifPresent(h -> input.add(t.labelled("host", t.name(h))));
    o.terminal().reader().ifPresent(r -> input.add(t.labelled("reader", t.name(r))));
    o.transactionType().ifPresent(type -> input.add(t.name(type)));
    o.issuerCountry().ifPresent(c -> input.add(t.labelled("issuerCountry", t.countryName(c))));
    o.merchant().country().ifPresent(c -> input.add(t.labelled("merchantCountry", t.countryName(c))));
    o.pan().ifPresent(p -> input.add(p.masked()));
    line(out, t.labelled("input", String.join("  ", input)));
    line(out, t.labelled("diagnosis", t.withDetail(t.causeName(d.cause().id(), catalog), t.name(d.category())))
        + "  " + t.labelled("retry", t.retry(d.retry(), catalog))
        + "  " + t.labelled("contactIssuer", t.get(d.contactIssuer() ? "yes" : "no")));
    List<String> findings = d.findings().stream().map(f -> f.cause().id()).distinct().toList();
    if (findings.size() > 1) {
      line(out, t.labelled("findings", t.list(findings.stream().map(id -> t.causeName(id, catalog)).toList())));
    }
    // The issuer's name is a proper noun, shown as the directory spells it.
    d.issuer().ifPresent(i -> line(out, t.labelled("issuer", i.name() + i.hotline().map(h -> "  ☎ " + h).orElse(""))));
    line(out, t.labelled("cashier", g.cashier()));
    String cardholder = g.cardholderLocale().equals(g.cashierLocale())
        ? t.get("cardholder")
        : t.withDetail(t.get("cardholder"), t.languageName(g.cardholderLocale()));
    line(out, t.format("labelled", cardholder, g.cardholder()));
    line(out, t.labelled("merchant", g.merchant()));
    for (Audience a : List.of(Audience.CASHIER, Audience.CARDHOLDER, Audience.MERCHANT)) {
      List<RenderedGuidance.StepText> steps = g.steps().stream().filter(s -> s.audience() == a).toList();
      if (!steps.isEmpty()) {
        line(out, t.format("heading", t.format("stepsFor", t.get("steps"), t.get(a.name().toLowerCase(Locale.ROOT)))));
        for (RenderedGuidance.StepText s : steps) {
          out.println(redact("     - " + s.text()));
        }
      }
    }
  }

  private static void line(PrintWriter out, String text) {
    out.println(redact("   " + text));
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
