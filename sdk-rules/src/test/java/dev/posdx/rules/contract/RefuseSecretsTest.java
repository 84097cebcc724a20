package dev.posdx.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rewritten secrets check refuses exactly what the check at b388f99 ({@link SecretsOracle})
 * refused, with the same reason, path and message, on generated JSON trees: secret field names
 * in every spelling {@link SecretFieldNamesTest} disguises them in, the contract's own names,
 * ordinary log fields, names that hold a card number, other scripts; at any depth, in objects and
 * in lists, and deeper than the 16 levels allowed.
 */
class RefuseSecretsTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final List<String> CONTRACT_NAMES =
      OutcomeJson.fieldNames().stream().map(n -> n.substring(n.indexOf('.') + 1)).distinct().toList();

  private static final List<String> ORDINARY =
      List.of(
          "transactionId", "rrn", "stan", "authCode", "trackingNumber", "pinEntryCapability", "pinpad", "spinCount",
          "cvmResults", "tag9F34", "tag95", "Network", "TERMINAL", "merchant_id", "время", "金额", "naïve", "",
          "4111111111111111", "6222 0212 3456 7890", "card 622202******0128", "x\u0000y", "😀pin😀");

  @Test
  void theNewCheckRefusesWhatTheOldOneRefusedInTheSameWords() {
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          JsonNode tree = tree(new Random(seed));
          assertThat(outcome(OutcomeJson::refuseSecrets, tree)).as("%s", tree).isEqualTo(outcome(SecretsOracle::refuseSecrets, tree));
        });
  }

  /** The sweep reaches every kind of answer, so agreeing on it means something. */
  @Test
  void theTreesHoldSecretsTooDeepNestingAndCleanOutcomes() {
    Map<ContractException.Reason, Integer> seen = new EnumMap<>(ContractException.Reason.class);
    int clean = 0;
    int belowTheTop = 0;
    for (long seed = 0; seed < 5_000; seed++) {
      List<String> answer = outcome(SecretsOracle::refuseSecrets, tree(new Random(seed)));
      if (answer.isEmpty()) {
        clean++;
      } else {
        seen.merge(ContractException.Reason.valueOf(answer.get(0)), 1, Integer::sum);
        belowTheTop += answer.get(1).contains("/") ? 1 : 0;
      }
    }
    assertThat(clean).isGreaterThan(500);
    assertThat(seen.getOrDefault(ContractException.Reason.REFUSED_FIELD, 0)).isGreaterThan(500);
    assertThat(seen.getOrDefault(ContractException.Reason.MALFORMED, 0)).isGreaterThan(100);
    assertThat(belowTheTop).isGreaterThan(500);
  }

  /** Each deliberate break of the old check is told apart from it by the same sweep. */
  @Test
  void theSweepCatchesABrokenCheck() {
    for (SecretsOracle.Mutant mutant : SecretsOracle.Mutant.values()) {
      if (mutant == SecretsOracle.Mutant.NONE) {
        continue;
      }
      Consumer<JsonNode> broken = tree -> SecretsOracle.refuseSecrets(tree, new ArrayList<>(), mutant);
      long seed = 0;
      while (seed < 20_000 && outcome(broken, tree(new Random(seed))).equals(outcome(OutcomeJson::refuseSecrets, tree(new Random(seed))))) {
        seed++;
      }
      assertThat(seed).as("no tree tells %s apart", mutant).isLessThan(20_000);
    }
  }

  /** Empty when the check lets the tree through; else the reason, the path as a pointer and the message. */
  private static List<String> outcome(Consumer<JsonNode> check, JsonNode tree) {
    try {
      check.accept(tree);
      return List.of();
    } catch (ContractException e) {
      return List.of(e.reason().name(), e.pointer(), String.valueOf(e.getMessage()));
    }
  }

  private static JsonNode tree(Random r) {
    // Some trees are chains deep enough to pass the 16 levels allowed; most stay shallow.
    int depth = r.nextInt(5) == 0 ? 14 + r.nextInt(6) : 1 + r.nextInt(4);
    return object(r, depth);
  }

  private static JsonNode value(Random r, int depth) {
    if (depth <= 0) {
      return scalar(r);
    }
    return switch (r.nextInt(5)) {
      case 0 -> object(r, depth);
      case 1 -> array(r, depth);
      default -> scalar(r);
    };
  }

  private static ObjectNode object(Random r, int depth) {
    ObjectNode o = JSON.objectNode();
    int fields = r.nextInt(5);
    for (int i = 0; i < fields; i++) {
      o.set(name(r), value(r, depth - 1));
    }
    // One field leads on down, so the chosen depth is reached.
    if (depth > 1) {
      o.set(name(r), r.nextBoolean() ? object(r, depth - 1) : array(r, depth - 1));
    }
    return o;
  }

  private static ArrayNode array(Random r, int depth) {
    ArrayNode a = JSON.arrayNode();
    int elements = r.nextInt(4);
    for (int i = 0; i < elements; i++) {
      a.add(value(r, depth - 1));
    }
    if (depth > 1 && r.nextBoolean()) {
      a.add(object(r, depth - 1));
    }
    return a;
  }

  private static JsonNode scalar(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> JSON.textNode("Q7W9E3R1");
      case 1 -> JSON.numberNode(r.nextInt(1000));
      case 2 -> JSON.booleanNode(r.nextBoolean());
      case 3 -> JSON.nullNode();
      default -> JSON.textNode("4111111111111111");
    };
  }

  private static String name(Random r) {
    int pick = r.nextInt(100);
    if (pick < 45) {
      return CONTRACT_NAMES.get(r.nextInt(CONTRACT_NAMES.size()));
    }
    if (pick < 55) {
      return ORDINARY.get(r.nextInt(ORDINARY.size()));
    }
    if (pick < 58) {
      return SecretFieldNamesTest.disguise(SecretFieldNamesTest.SECRETS.get(r.nextInt(SecretFieldNamesTest.SECRETS.size())), r);
    }
    if (pick < 60) {
      // A contract name disguised the same way: a look-alike that is no secret must pass as before.
      return SecretFieldNamesTest.disguise(CONTRACT_NAMES.get(r.nextInt(CONTRACT_NAMES.size())), r);
    }
    String letters = "aAcCvVpPiInN2_-\u0441\uff43\u200b\u00e9kK9fF7tTrR";
    StringBuilder any = new StringBuilder();
    for (int i = r.nextInt(8); i > 0; i--) {
      any.append(letters.charAt(r.nextInt(letters.length())));
    }
    return any.toString();
  }
}
