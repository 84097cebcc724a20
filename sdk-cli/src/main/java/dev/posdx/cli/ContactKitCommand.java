package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.cli.batch.ReportText;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.i18n.kit.IssuerContactKit;
import dev.posdx.i18n.kit.Section;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posdx contact-kit}: what to have ready when contacting the issuer about one payment. */
@Command(
    name = "contact-kit",
    mixinStandardHelpOptions = true,
    header = "What to have ready when contacting the card issuer about one payment.",
    sortOptions = false,
    description = {
      "Prints the issuer-contact kit for one payment in the chosen language: the self-check to run",
      "first (terminal and network before the card, the card before the issuer), the facts to have",
      "ready (code, time, merchant and terminal ids, the card's last four digits, the amount), who",
      "to call and how, an email template, and how to prevent a repeat. Never the full card number.",
      ""
    },
    footer = {"", "Example:", "  posdx contact-kit --network unionpay --code 01 --pan 6222021234567890128 --locale zh-CN"})
final class ContactKitCommand implements Callable<Integer> {

  @ParentCommand PosdxCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PackOptions packs;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "zh-CN", converter = LocaleConverter.class,
      description = "Language of the kit (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--lenient", description = "Ignore fields the contract does not know.")
  boolean lenient;

  @Mixin OutcomeOptions outcome;

  @Override
  public Integer call() throws IOException {
    if (outcome.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give an outcome: at least --network, or --json OBJECT");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format is text or json, got " + format);
    }
    Diagnoser diagnoser = Session.diagnoser(packs);
    DiagnosisPipeline pipeline = new DiagnosisPipeline(diagnoser, lenient, Session.texts(), locale);
    Diagnosis d;
    try {
      d = diagnoser.diagnose(pipeline.read(1, outcome.toJson(new ObjectMapper())).outcome());
    } catch (DiagnosisPipeline.UnusableLine e) {
      throw new UsageException(outcome.describe(e.error()));
    }
    IssuerContactKit kit = IssuerContactKit.of(d, locale, Session.texts().catalog());
    if (format.equals("json")) {
      writeJson(d, kit);
    } else {
      ReportText text = ReportText.forLocale(locale);
      String cause = text.withDetail(text.causeName(d.cause().id(), Session.texts().catalog()), text.name(d.category()));
      root.out.println(PanRedactor.redact("# " + cause + (d.contactIssuer() ? "" : " - " + text.get("kitNotIssuerFirst"))));
      root.out.println();
      root.out.print(PanRedactor.redact(kit.text()));
    }
    return ExitStatus.OK;
  }

  private void writeJson(Diagnosis d, IssuerContactKit kit) throws IOException {
    try (JsonGenerator g = Session.JSON.createGenerator(root.stdout, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("cause", d.cause().id());
      g.writeBooleanField("contactIssuer", d.contactIssuer());
      g.writeStringField("locale", kit.locale().toLanguageTag());
      text(g, "title", kit.title());
      section(g, "selfCheck", kit.selfCheck());
      section(g, "facts", kit.facts());
      section(g, "channels", kit.channels());
      g.writeObjectFieldStart("email");
      text(g, "subject", kit.email().subject());
      text(g, "body", kit.email().body());
      g.writeEndObject();
      section(g, "prevention", kit.prevention());
      list(g, "advice", kit.advice());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void section(JsonGenerator g, String name, Section s) throws IOException {
    g.writeObjectFieldStart(name);
    text(g, "title", s.title());
    list(g, "items", s.items());
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String name, List<String> items) throws IOException {
    g.writeArrayFieldStart(name);
    for (String item : items) {
      g.writeString(PanRedactor.redact(item));
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeStringField(name, PanRedactor.redact(value));
  }
}
