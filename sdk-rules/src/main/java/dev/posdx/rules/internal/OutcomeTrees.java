package dev.posdx.rules.internal;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Ascii;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import org.jspecify.annotations.Nullable;

/**
 * Reads an outcome from a Jackson tree that posdx already holds: a pack example's {@code given},
 * a JSON-lines record whose {@code locale} was taken out. {@link OutcomeJson}, the API, takes
 * text, bytes or a reader and shows no Jackson type; this is its tree entry for posdx's own code.
 *
 * @since 0.1
 */
public final class OutcomeTrees {

  /** The tree reading {@link OutcomeJson} lends: it alone implements it, from its class initializer. */
  public interface TreeReader {
    TransactionOutcome read(boolean lenient, JsonNode json);
  }

  private static volatile @Nullable TreeReader reader;

  private OutcomeTrees() {}

  /** Called once, by {@link OutcomeJson}'s class initializer. */
  public static void lend(TreeReader treeReader) {
    checkState(reader == null, "OutcomeJson has already lent its tree reader");
    reader = treeReader;
  }

  /**
   * Reads one outcome from a parsed JSON or YAML tree, as {@code mode} reads text.
   *
   * @throws ContractException naming the field when the tree breaks the contract
   */
  public static TransactionOutcome read(OutcomeJson mode, JsonNode json) {
    TreeReader r = reader;
    checkState(r != null, "OutcomeJson is initialized and lends its reader before it can be passed here");
    return r.read(mode.isLenient(), json);
  }

  /** How an error message names the kind of a JSON value: "a list", "a string", "null"… */
  public static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      default -> "a " + Ascii.toLowerCase(node.getNodeType().name());
    };
  }
}
