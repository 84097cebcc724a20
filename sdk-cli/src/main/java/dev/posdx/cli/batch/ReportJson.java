package dev.posdx.cli.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineError;
import dev.posdx.examples.contract.PanRedactor;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link BatchReport.Snapshot} as one JSON document: {@code lines}, {@code diagnosed},
 * {@code failed}, {@code by} {category, cause, store, issuer, network: [{key, count}], hour:
 * [24 counts]}, {@code topCauses} and {@code errors}. Every string is redacted.
 */
public final class ReportJson {

  private ReportJson() {}

  public static void write(BatchReport.Snapshot r, OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      text(g, "input", r.input());
      g.writeStringField("locale", r.locale().toLanguageTag());
      g.writeNumberField("lines", r.lines());
      g.writeNumberField("diagnosed", r.diagnosed());
      g.writeNumberField("failed", r.failed());
      g.writeObjectFieldStart("by");
      for (BatchReport.Dimension d : r.dimensions()) {
        g.writeArrayFieldStart(d.name());
        for (Count c : d.counts()) {
          g.writeStartObject();
          text(g, "key", c.key());
          g.writeNumberField("count", c.count());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("hour");
      for (long h : r.byHour()) {
        g.writeNumber(h);
      }
      g.writeEndArray();
      g.writeNumberField("hourUnknown", r.hourUnknown());
      g.writeEndObject();

      g.writeArrayFieldStart("topCauses");
      for (BatchReport.TopCause t : r.topCauses()) {
        g.writeStartObject();
        g.writeStringField("cause", t.cause());
        g.writeStringField("category", t.category());
        g.writeNumberField("count", t.count());
        text(g, "cashier", t.cashier());
        text(g, "merchant", t.merchant());
        g.writeArrayFieldStart("steps");
        for (RenderedGuidance.StepText s : t.steps()) {
          g.writeStartObject();
          g.writeStringField("audience", s.audience().name());
          text(g, "action", s.action());
          text(g, "text", s.text());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("errorsByField");
      for (Count c : r.errorsByField()) {
        g.writeStartObject();
        text(g, "field", c.key());
        g.writeNumberField("count", c.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (LineError e : r.errors()) {
        g.writeStartObject();
        g.writeNumberField("line", e.line());
        if (e.field().isPresent()) {
          text(g, "field", e.field().get());
        } else {
          g.writeNullField("field");
        }
        text(g, "message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeStringField(name, PanRedactor.redact(value));
  }
}
