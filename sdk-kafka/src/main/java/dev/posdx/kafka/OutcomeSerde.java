package dev.posdx.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link Serde} for callers who already hold {@link TransactionOutcome}s: writes one outcome as
 * one object of the JSON-lines contract, which is what {@link PosdxTopology} reads from its input
 * topic, and reads it back with the contract's strict reader. An outcome holds only a masked card
 * number, so records written this way carry no ledger key: count the card with {@link LedgerKeys}
 * where the full number is at hand and set {@code cardAttemptsInWindow} yourself, or send the raw
 * record. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class OutcomeSerde implements Serde<TransactionOutcome> {

  private static final Serializer<TransactionOutcome> SERIALIZER =
      (topic, outcome) -> outcome == null ? null : write(outcome).getBytes(StandardCharsets.UTF_8);

  private static final Deserializer<TransactionOutcome> DESERIALIZER = (topic, bytes) -> {
    if (bytes == null) {
      return null;
    }
    try {
      return OutcomeJson.strict().read(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      // The contract's message names the field and never a card number.
      throw new SerializationException("topic " + topic + ": " + e.getMessage());
    }
  };

  @Override
  public Serializer<TransactionOutcome> serializer() {
    return SERIALIZER;
  }

  @Override
  public Deserializer<TransactionOutcome> deserializer() {
    return DESERIALIZER;
  }

  /**
   * The outcome as one contract object; absent fields are left out.
   *
   * @param o the outcome
   * @return one line of JSON, card number masked as the outcome holds it
   */
  public static String write(TransactionOutcome o) {
    return RecordEnricher.write(g -> {
      g.writeStartObject();
      g.writeStringField("network", o.network().name());
      text(g, "responseCode", o.responseCode().map(c -> c.value()));
      text(g, "merchantAdviceCode", o.merchantAdviceCode().map(c -> c.value()));
      text(g, "transactionType", o.transactionType().map(Enum::name));
      text(g, "entryMode", o.entryMode().map(Enum::name));
      text(g, "pan", o.pan().map(p -> p.masked()));
      text(g, "cardExpiry", o.cardExpiry().map(e -> e.format(DateTimeFormatter.ofPattern("yyMM"))));
      text(g, "issuerCountry", o.issuerCountry().map(c -> c.value()));
      if (!o.cardLanguages().isEmpty()) {
        g.writeArrayFieldStart("cardLanguages");
        for (String language : o.cardLanguages()) {
          g.writeString(language);
        }
        g.writeEndArray();
      }
      text(g, "amount", o.amount().map(a -> a.value().toPlainString()));
      text(g, "currency", o.amount().map(a -> a.currency().getCurrencyCode()));
      text(g, "cardCurrency", o.cardCurrency().map(c -> c.getCurrencyCode()));
      terminal(g, o.terminal());
      merchant(g, o.merchant());
      text(g, "time", o.time().map(t -> t.toOffsetDateTime().toString()));
      if (o.attempt().isPresent()) {
        g.writeNumberField("attempt", o.attempt().getAsInt());
      }
      if (o.cardAttemptsInWindow().isPresent()) {
        g.writeNumberField("cardAttemptsInWindow", o.cardAttemptsInWindow().getAsInt());
      }
      g.writeEndObject();
    });
  }

  private static void terminal(JsonGenerator g, TerminalState t) throws IOException {
    g.writeObjectFieldStart("terminal");
    text(g, "reader", t.reader().map(Enum::name));
    text(g, "link", t.link().map(Enum::name));
    text(g, "host", t.hostReply().map(Enum::name));
    if (t.latency().isPresent()) {
      g.writeNumberField("latencyMs", t.latency().get().toMillis());
    }
    if (t.clockSkew().isPresent()) {
      g.writeNumberField("clockSkewSeconds", t.clockSkew().get().toSeconds());
    }
    text(g, "keys", t.keys().map(Enum::name));
    text(g, "kernelOutcome", t.kernelOutcome().map(Enum::name));
    text(g, "tvr", t.tvr().map(v -> v.toHex()));
    if (t.inputTimedOut().isPresent()) {
      g.writeBooleanField("inputTimedOut", t.inputTimedOut().get());
    }
    text(g, "printer", t.printer().map(Enum::name));
    g.writeEndObject();
  }

  private static void merchant(JsonGenerator g, MerchantContext m) throws IOException {
    g.writeObjectFieldStart("merchant");
    text(g, "country", m.country().map(c -> c.value()));
    text(g, "acquirer", m.acquirer());
    text(g, "chainId", m.chainId());
    text(g, "storeId", m.storeId());
    text(g, "originalStoreId", m.originalStoreId());
    text(g, "merchantId", m.merchantId());
    text(g, "terminalId", m.terminalId());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
