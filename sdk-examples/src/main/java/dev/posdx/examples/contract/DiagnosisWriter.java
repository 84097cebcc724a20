package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.StalePack;
import dev.posdx.core.diagnosis.TraceEntry;
import java.io.IOException;
import java.util.List;

/**
 * Writes the output side of the JSON-lines contract (see {@code sdk-examples/README.md} and
 * {@code contract/diagnosis.schema.json}) with a Jackson streaming generator: no tree, no
 * reflection. Every text passes through {@link PanRedactor}; each distinct text is masked and
 * encoded once ({@link EncodedTexts}). Thread-safe.
 */
public final class DiagnosisWriter {

  private DiagnosisWriter() {}

  // Every run writes the same texts: each distinct one is masked and encoded once.
  private static final EncodedTexts TEXTS = new EncodedTexts();

  // Field names encoded once.
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString CAUSE = new SerializedString("cause");
  private static final SerializedString FINDINGS = new SerializedString("findings");
  private static final SerializedString CONFIDENCE = new SerializedString("confidence");
  private static final SerializedString RETRY = new SerializedString("retry");
  private static final SerializedString DECISION = new SerializedString("decision");
  private static final SerializedString AFTER = new SerializedString("after");
  private static final SerializedString CHANGE = new SerializedString("change");
  private static final SerializedString CONTACT_ISSUER = new SerializedString("contactIssuer");
  private static final SerializedString ISSUER = new SerializedString("issuer");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString HOTLINE = new SerializedString("hotline");
  private static final SerializedString STEPS = new SerializedString("steps");
  private static final SerializedString AUDIENCE = new SerializedString("audience");
  private static final SerializedString ACTION = new SerializedString("action");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString MESSAGES = new SerializedString("messages");
  private static final SerializedString CASHIER = new SerializedString("cashier");
  private static final SerializedString CARDHOLDER = new SerializedString("cardholder");
  private static final SerializedString MERCHANT = new SerializedString("merchant");
  private static final SerializedString LOCALE = new SerializedString("locale");
  private static final SerializedString TRACE = new SerializedString("trace");
  private static final SerializedString PACK = new SerializedString("pack");
  private static final SerializedString VERSION = new SerializedString("version");
  private static final SerializedString RULE = new SerializedString("rule");

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
    TEXTS.writeVerbatim(g, CATEGORY, d.category().name());
    TEXTS.writeVerbatim(g, CAUSE, d.cause().id());

    g.writeFieldName(FINDINGS);
    g.writeStartArray();
    // One entry per cause: a network's rule and the ISO base rule for one code agree, and the
    // output has no field to tell them apart; `trace` keeps every rule.
    List<Finding> findings = d.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (causeBefore(findings, i)) {
        continue;
      }
      g.writeStartObject();
      TEXTS.writeVerbatim(g, CAUSE, f.cause().id());
      TEXTS.writeVerbatim(g, CATEGORY, f.category().name());
      TEXTS.writeVerbatim(g, CONFIDENCE, f.confidence().name());
      g.writeEndObject();
    }
    g.writeEndArray();

    RetryAdvice retry = d.retry();
    g.writeFieldName(RETRY);
    g.writeStartObject();
    TEXTS.writeVerbatim(g, DECISION, retry.decision().name());
    if (retry.after().isPresent()) {
      TEXTS.writeVerbatim(g, AFTER, retry.after().get().toString());
    }
    if (retry.change().isPresent()) {
      TEXTS.writeVerbatim(g, CHANGE, retry.change().get().name());
    }
    g.writeEndObject();

    g.writeFieldName(CONTACT_ISSUER);
    g.writeBoolean(d.contactIssuer());
    if (d.issuer().isPresent()) {
      Issuer issuer = d.issuer().get();
      g.writeFieldName(ISSUER);
      g.writeStartObject();
      TEXTS.writeMasked(g, ID, issuer.id());
      TEXTS.writeMasked(g, NAME, issuer.name());
      if (issuer.hotline().isPresent()) {
        TEXTS.writeMasked(g, HOTLINE, issuer.hotline().get());
      }
      g.writeEndObject();
    }

    g.writeFieldName(STEPS);
    g.writeStartArray();
    for (RenderedGuidance.StepText step : guidance.steps()) {
      g.writeStartObject();
      TEXTS.writeVerbatim(g, AUDIENCE, step.audience().name());
      TEXTS.writeMasked(g, ACTION, step.action());
      TEXTS.writeMasked(g, TEXT, step.text());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeFieldName(MESSAGES);
    g.writeStartObject();
    TEXTS.writeMasked(g, CASHIER, guidance.cashier());
    TEXTS.writeMasked(g, CARDHOLDER, guidance.cardholder());
    TEXTS.writeMasked(g, MERCHANT, guidance.merchant());
    g.writeEndObject();

    g.writeFieldName(LOCALE);
    g.writeStartObject();
    TEXTS.writeVerbatim(g, CASHIER, guidance.cashierLocale().toLanguageTag());
    TEXTS.writeVerbatim(g, CARDHOLDER, guidance.cardholderLocale().toLanguageTag());
    g.writeEndObject();

    g.writeFieldName(TRACE);
    g.writeStartArray();
    for (TraceEntry t : d.trace()) {
      g.writeStartObject();
      TEXTS.writeMasked(g, PACK, t.packId());
      TEXTS.writeMasked(g, VERSION, t.packVersion());
      TEXTS.writeMasked(g, RULE, t.ruleId());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeStalePacks(g, d);
    g.writeEndObject();
  }

  // Whether a finding before index i has the same cause (findings are few: a scan beats a set).
  private static boolean causeBefore(List<Finding> findings, int i) {
    String cause = findings.get(i).cause().id();
    for (int j = 0; j < i; j++) {
      if (findings.get(j).cause().id().equals(cause)) {
        return true;
      }
    }
    return false;
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
