package dev.posdx.rules.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.posdx.rules.contract.ContractException.Reason;
import dev.posdx.rules.internal.JsonFields;
import dev.posdx.rules.internal.Redaction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secrets check as it was at b388f99 ({@code OutcomeJson.refuseSecrets} with {@code
 * SecretFieldNames}), kept verbatim as the oracle the rewritten, smaller check is compared with.
 */
final class SecretsOracle {

  private static final int MAX_DEPTH = 16;


  /** A way to break the check on purpose, to show that the comparison catches it. */
  enum Mutant {
    NONE,
    /** Lists are not looked into. */
    SKIPS_LISTS,
    /** Nesting is allowed one level deeper. */
    ONE_LEVEL_DEEPER,
    /** A name written with a Cyrillic {@code с} is let through. */
    NO_LOOK_ALIKES
  }

  private SecretsOracle() {}

  static void refuseSecrets(JsonNode node) {
    refuseSecrets(node, new ArrayList<>(), Mutant.NONE);
  }

  static void refuseSecrets(JsonNode node, List<String> path, Mutant mutant) {
    if (path.size() > MAX_DEPTH + (mutant == Mutant.ONE_LEVEL_DEEPER ? 1 : 0)) {
      throw new ContractException(Reason.MALFORMED, path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = e.getKey();
        boolean secret = isSecret(name) && !(mutant == Mutant.NO_LOOK_ALIKES && name.indexOf('\u0441') >= 0);
        if (!SAFE_NAMES.contains(name) && secret) {
          throw new ContractException(
              Reason.REFUSED_FIELD, JsonFields.below(path, safeName(name)),
              "posdx never accepts PIN, CVV or track data; remove the field (its value was not read)");
        }
        // A value that is neither object nor array has nothing below it to refuse, unless too deep.
        if (e.getValue().isContainerNode() || path.size() >= MAX_DEPTH) {
          refuseSecrets(e.getValue(), JsonFields.below(path, safeName(name)), mutant);
        }
      }
    } else if (node.isArray() && mutant != Mutant.SKIPS_LISTS) {
      for (int i = 0; i < node.size(); i++) {
        refuseSecrets(node.get(i), JsonFields.below(path, Integer.toString(i)), mutant);
      }
    }
  }

  private static String safeName(String name) {
    return Redaction.isSafe(name) ? name : "<a name of " + name.length() + " characters>";
  }

  /** Parts that mark a secret wherever they appear in the folded name. */
  private static final ImmutableList<String> SECRET_PARTS =
      ImmutableList.of(
          // Card verification values: CVV, CVV2, iCVV, dCVV, CVC, CVC2, CVC3, CVN, CSC.
          "cvv", "cvc", "cvn", "csc",
          "securitycode", "cardverification", "verificationvalue",
          // PIN material.
          "pinblock", "pinblk", "pindata", "pincode", "pinvalue", "pinoffset", "pvv",
          // Magnetic stripe and its chip equivalent.
          "stripedata", "discretionarydata");

  /**
   * Whole-name patterns: a name ending in {@code pin} ({@code encryptedPin}, {@code pin2}), a
   * track ({@code track2Data}, {@code trackData}, {@code trackEquivalent}, {@code magTrack1}; not
   * {@code trackingNumber}), or an EMV tag that carries track or
   * PIN data: 56 (track 1), 57 (track 2 equivalent), 99 (transaction PIN data), 9F1F and 9F20
   * (track discretionary data), 9F6B (track 2 data).
   */
  private static final Pattern SECRET_NAMES =
      Pattern.compile(
          ".*pin\\d*|.*track(?:[123]|data|equivalent|eqv).*|.*track|(?:emv)?(?:tag)?(?:0x)?(?:56|57|99|9f1f|9f20|9f6b)");

  // Letters of other scripts that are drawn like Latin ones (Unicode confusables, the ones seen
  // in field names); upper and lower case, as each looks like a different Latin letter.
  private static final ImmutableMap<Integer, Character> LOOK_ALIKES = lookAlikes();

  /** True when {@code name} looks like a field for PIN, CVV or track data. */
  static boolean isSecret(String name) {
    String folded = fold(name);
    if (folded.isEmpty()) {
      return false;
    }
    for (String part : SECRET_PARTS) {
      if (folded.contains(part)) {
        return true;
      }
    }
    return SECRET_NAMES.matcher(folded).matches();
  }

  /** The name reduced to lower-case Latin letters and ASCII digits, as described above. */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        return;
      }
      int lower = Character.toLowerCase(cp);
      // An upper-case letter missing from the table is drawn like its lower case one.
      Character latin = LOOK_ALIKES.getOrDefault(cp, LOOK_ALIKES.get(lower));
      int c = latin != null ? latin : lower;
      if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
      } else if (Character.isLetter(c)) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static ImmutableMap<Integer, Character> lookAlikes() {
    ImmutableMap.Builder<Integer, Character> map = ImmutableMap.builder();
    // Cyrillic, upper case then lower case, each followed by the Latin letter it looks like.
    put(map, "АaВbЕeЅsІiЈjКkМmНhОoРpСcТtУyХxҮyӀlЬbҺh");
    put(map, "аaвbеeѕsіiјjкkмmнhоoрpсcтtуyхxүyӏlԁdԛqԝwһhѵvпnгrьb");
    // Greek.
    put(map, "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx");
    put(map, "αaβbγyεeηnιiκkμuνvοoρpτtυuχxωwϲcϳj");
    // Latin letters without a plain decomposition, and Armenian.
    put(map, "ıiȷjɡgɑaօoսu");
    return map.buildKeepingLast();
  }

  private static void put(ImmutableMap.Builder<Integer, Character> map, String pairs) {
    for (int i = 0; i + 1 < pairs.length(); i += 2) {
      map.put((int) pairs.charAt(i), pairs.charAt(i + 1));
    }
  }

  // As at b388f99: the contract's own names (root, terminal and merchant) that are no secret's;
  // last, as it folds with the tables above.
  private static final ImmutableSet<String> SAFE_NAMES =
      OutcomeJson.fieldNames().stream().map(n -> n.substring(n.indexOf('.') + 1))
          .filter(name -> !isSecret(name)).collect(ImmutableSet.toImmutableSet());
}
