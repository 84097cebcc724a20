package dev.posdx.examples.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.i18n.GuidanceRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GatewayLogEnricherTest {

  @Test
  void everyRecordComesBackWithItsDiagnosisOrAnError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Reader in = Files.newBufferedReader(Path.of("examples", "gateway", "auth-log.jsonl"))) {
      new GatewayLogEnricher(Diagnoser.standard(), GuidanceRenderer.standard(), Locale.ENGLISH)
          .enrich(in, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = bytes.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return json.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertThat(records).hasSize(6);
    assertThat(records).extracting(r -> r.at("/posdx/cause").asText())
        .containsExactly("approved.ok", "account.insufficient-funds", "card.expired", "connectivity.no-reply",
            "auth.sca-required", "");
    assertThat(records.get(3).at("/posdx/retry").asText()).isEqualTo("RECONCILE_FIRST");
    assertThat(records.get(5).at("/posdx/error/field").asText()).isEqualTo("network");
    assertThat(records.get(0).get("txn_id").asText()).as("the gateway's own fields are kept").isEqualTo("GW-20260312-000101");
  }
}
