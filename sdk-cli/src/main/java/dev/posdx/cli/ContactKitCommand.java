package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.cli.batch.ReportText;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.i18n.kit.IssuerContactKit;
import dev.posdx.i18n.kit.Section;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code posdx contact-kit}: what to have ready when contacting the issuer about one payment. */
@Command(name = "contact-kit", sortOptions = false)
final class ContactKitCommand extends Subcommand implements Callable<Integer> {

  @Mixin LocaleOption locale;

  @Mixin OnePayment payment;

  @Override
  public Integer call() throws IOException {
    Diagnosis d = payment.diagnose(this, locale.locale).diagnosis();
    IssuerContactKit kit = IssuerContactKit.of(d, locale.locale, Session.texts().catalog());
    if (payment.json(this)) {
      writeJson(d, kit);
    } else {
      ReportText text = ReportText.forLocale(locale.locale);
      String cause = text.withDetail(text.causeName(d.cause().id(), Session.texts().catalog()), text.name(d.category()));
      root.out.println(PanRedactor.redact("# " + cause + (d.contactIssuer() ? "" : " - " + text.get("kitNotIssuerFirst"))));
      root.out.println();
      root.out.print(PanRedactor.redact(kit.text()));
    }
    return ExitStatus.OK;
  }

  private void writeJson(Diagnosis d, IssuerContactKit kit) throws IOException {
    try (JsonGenerator g = prettyJson()) {
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
