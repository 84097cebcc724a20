package dev.posdx.bench;

import dev.posdx.rules.RulePacks;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Run on a class path without Jackson (the consumer's): the custom-pack reader and the JSON
 * contract reader each fail with the error that names the artifact to add. Prints both messages;
 * exits 3 when either call does something else.
 */
public final class WithoutJackson {

  private WithoutJackson() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      RulePacks.fromStream("store.yaml", new ByteArrayInputStream("id: store".getBytes(StandardCharsets.UTF_8)));
      status = 3;
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    try {
      OutcomeJson.strict().read("{\"network\":\"VISA\"}");
      status = 3;
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    System.exit(status);
  }
}
