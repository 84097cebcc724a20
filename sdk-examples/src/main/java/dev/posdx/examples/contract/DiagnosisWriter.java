package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.diagnosis.TraceEntry;
import java.io.IOException;

/**
 * Writes the output side of the JSON-lines contract (see {@code sdk-examples/README.md} and
 * {@code contract/diagnosis.schema.json}) with a Jackson streaming generator: no tree, no
 * reflection. Every string passes through {@link PanRedactor}. Stateless and thread-safe.
 */
public final class DiagnosisWriter {

  private DiagnosisWriter() {}

  /**
   * Writes one diagnosis as one JSON object.
   *
   * @param g the generator, positioned where a value may start
   * @param d the diagnosis
   * @param guidance its rendered texts
   * @throws IOException when the generator cannot write
   */
  public static void write(JsonGenerator g, Diagnosis d, RenderedGuidance guidance) throws IOException {
    g.writeStartObject();
    g.writeStringField("category", d.category().name());
    g.writeStringField("cause", d.cause().id());

    g.writeArrayFieldStart("findings");
    // One entry per cause: a network's rule and the ISO base rule for one code agree, and the
    // output has no field to tell them apart; `trace` keeps every rule.
    java.util.Set<String> written = new java.util.HashSet<>();
    for (Finding f : d.findings()) {
      if (!written.add(f.cause().id())) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("cause", f.cause().id());
      g.writeStringField("category", f.category().name());
      g.writeStringField("confidence", f.confidence().name());
      g.writeEndObject();
    }
    g.writeEndArray();

    RetryAdvice retry = d.retry();
    g.writeObjectFieldStart("retry");
    g.writeStringField("decision", retry.decision().name());
    if (retry.after().isPresent()) {
      g.writeStringField("after", retry.after().get().toString());
    }
    if (retry.change().isPresent()) {
      g.writeStringField("change", retry.change().get().name());
    }
    g.writeEndObject();

    g.writeBooleanField("contactIssuer", d.contactIssuer());
    if (d.issuer().isPresent()) {
      Issuer issuer = d.issuer().get();
      g.writeObjectFieldStart("issuer");
      text(g, "id", issuer.id());
      text(g, "name", issuer.name());
      if (issuer.hotline().isPresent()) {
        text(g, "hotline", issuer.hotline().get());
      }
      g.writeEndObject();
    }

    g.writeArrayFieldStart("steps");
    for (RenderedGuidance.StepText step : guidance.steps()) {
      g.writeStartObject();
      g.writeStringField("audience", step.audience().name());
      text(g, "action", step.action());
      text(g, "text", step.text());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("messages");
    text(g, "cashier", guidance.cashier());
    text(g, "cardholder", guidance.cardholder());
    text(g, "merchant", guidance.merchant());
    g.writeEndObject();

    g.writeObjectFieldStart("locale");
    g.writeStringField("cashier", guidance.cashierLocale().toLanguageTag());
    g.writeStringField("cardholder", guidance.cardholderLocale().toLanguageTag());
    g.writeEndObject();

    g.writeArrayFieldStart("trace");
    for (TraceEntry t : d.trace()) {
      g.writeStartObject();
      text(g, "pack", t.packId());
      text(g, "version", t.packVersion());
      text(g, "rule", t.ruleId());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeStalePacks(g, d);
    g.writeEndObject();
  }

  /**
   * Writes {@code "stalePacks": [...]} when a pack's data ended before the payment's day; nothing otherwise.
   *
   * @param g the generator, inside an object
   * @param d the diagnosis
   * @throws IOException when the generator cannot write
   */
  public static void writeStalePacks(JsonGenerator g, Diagnosis d) throws IOException {
    if (d.stalePacks().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("stalePacks");
    for (StalePack s : d.stalePacks()) {
      g.writeStartObject();
      text(g, "pack", s.packId());
      text(g, "version", s.packVersion());
      g.writeStringField("validUntil", s.validUntil().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes {@code {"error": {"line": N, "field": "..." | null, "message": "..."}}}.
   *
   * @param g the generator, positioned where a value may start
   * @param error the error
   * @throws IOException when the generator cannot write
   */
  public static void writeError(JsonGenerator g, LineError error) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("error");
    g.writeNumberField("line", error.line());
    if (error.field().isPresent()) {
      text(g, "field", error.field().get());
    } else {
      g.writeNullField("field");
    }
    text(g, "message", error.message());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeStringField(name, PanRedactor.redact(value));
  }
}
