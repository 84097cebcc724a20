package dev.posdx.examples.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.rules.contract.OutcomeJson;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published schema files say what the code does. */
class SchemaFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theOutcomeSchemaNamesExactlyTheFieldsTheReaderKnowsAndLocale() {
    JsonNode properties = SchemaCheck.load("outcome.schema.json").schema().get("properties");
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      documented.add(name);
      JsonNode nested = properties.get(name).get("properties");
      if (nested != null) {
        nested.fieldNames().forEachRemaining(n -> documented.add(name + "." + n));
      }
    }
    Set<String> read = new TreeSet<>(OutcomeJson.fieldNames());
    read.add(DiagnosisPipeline.LOCALE_FIELD);
    assertThat(documented).isEqualTo(read);
  }

  @Test
  void theOutcomeSchemaAcceptsTheDocumentedExampleAndRefusesAnUnknownField() throws Exception {
    SchemaCheck schema = SchemaCheck.load("outcome.schema.json");
    JsonNode example = JSON.readTree("""
        {"network":"UNIONPAY","responseCode":"51","pan":"6222021234567890128","amount":"128.00","currency":"CNY",
         "terminal":{"link":"ONLINE","latencyMs":850},"merchant":{"storeId":"s-001"},
         "time":"2026-02-15T12:30:00+08:00","attempt":1,"locale":"zh-CN"}""");
    assertThat(schema.problems(example)).isEmpty();
    assertThat(schema.problems(JSON.readTree("{\"network\":\"VISA\",\"cvv\":\"123\"}")))
        .containsExactly("$: unexpected field cvv");
    assertThat(schema.problems(JSON.readTree("{\"responseCode\":\"05\"}"))).containsExactly("$: missing required network");
  }

  @Test
  void theErrorShapeIsPartOfTheDiagnosisSchema() throws Exception {
    SchemaCheck schema = SchemaCheck.load("diagnosis.schema.json");
    assertThat(schema.problems(JSON.readTree("{\"error\":{\"line\":3,\"field\":null,\"message\":\"not valid JSON\"}}"))).isEmpty();
    assertThat(schema.problems(JSON.readTree("{\"error\":{\"line\":0,\"field\":\"x\",\"message\":\"m\"}}"))).isNotEmpty();
  }
}
