package dev.posdx.rules.internal;

/**
 * Checks, before any Jackson class is touched, that the optional libraries a run-time reader needs
 * are on the class path. posdx-rules declares Jackson optional: the built-in packs are compiled at
 * build time and need none, so an app on a terminal does not carry it. A caller of the custom-pack
 * or JSON-contract reader without it gets this error, naming what to add, instead of a
 * NoClassDefFoundError from deep inside. Thread-safe.
 */
public final class OptionalJackson {

  private static final String DATABIND = "com.fasterxml.jackson.core:jackson-databind";
  private static final String YAML = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml";

  private static volatile boolean databindPresent;
  private static volatile boolean yamlPresent;

  private OptionalJackson() {}

  /**
   * For the JSON contract reader.
   *
   * @throws IllegalStateException naming the artifact to add when jackson-databind is missing
   */
  public static void requireDatabind(String reader) {
    if (!databindPresent) {
      databindPresent = present("com.fasterxml.jackson.databind.ObjectMapper", reader, DATABIND);
    }
  }

  /**
   * For the custom-pack and cause-catalog readers (YAML or JSON).
   *
   * @throws IllegalStateException naming the artifacts to add when either library is missing
   */
  public static void requireDatabindAndYaml(String reader) {
    requireDatabind(reader);
    if (!yamlPresent) {
      yamlPresent = present("com.fasterxml.jackson.dataformat.yaml.YAMLFactory", reader, YAML);
    }
  }

  private static boolean present(String className, String reader, String artifact) {
    try {
      Class.forName(className, false, OptionalJackson.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          reader + " needs " + artifact + " on the class path, and it is not there: posdx-rules declares it optional"
              + " (the built-in packs need no parser). Add " + DATABIND + " and " + YAML
              + " (Jackson 2) to your dependencies to read custom packs or the JSON contract.",
          e);
    }
  }
}
