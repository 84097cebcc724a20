package dev.posdx.examples.contract;

/** The contract's schema files, loaded once, for tests in other packages. */
public final class SchemaChecks {

  private static final SchemaCheck OUTCOME = SchemaCheck.load("outcome.schema.json");
  private static final SchemaCheck DIAGNOSIS = SchemaCheck.load("diagnosis.schema.json");

  private SchemaChecks() {}

  public static Checker outcome() {
    return OUTCOME::problems;
  }

  public static Checker diagnosis() {
    return DIAGNOSIS::problems;
  }

  /** Lists what in a JSON value breaks a schema. */
  @FunctionalInterface
  public interface Checker {
    java.util.List<String> problems(com.fasterxml.jackson.databind.JsonNode value);
  }
}
