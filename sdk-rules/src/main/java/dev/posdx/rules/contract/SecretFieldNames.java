package dev.posdx.rules.contract;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells field names that may hold PIN, CVV/CVC or track data, however they are written. A name
 * is first folded: compatibility forms (full-width {@code ｃｖｖ}, mathematical letters) become
 * their plain letters, accents and other marks are dropped, Cyrillic and Greek letters that look
 * like Latin ones become those ({@code сvv} with a Cyrillic {@code с} is {@code cvv}), case is
 * ignored and everything but letters and digits (separators, zero-width characters) is dropped.
 * The folded name is then matched against the names payment logs use for secrets.
 *
 * <p>The match is wide on purpose: a field such as {@code cvvResult} is refused with the rest. A
 * refused field costs the caller one renamed column; an accepted secret cannot be taken back.
 */
final class SecretFieldNames {

  /** Parts that mark a secret wherever they appear in the folded name. */
  private static final List<String> SECRET_PARTS =
      List.of(
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
  private static final Map<Integer, Character> LOOK_ALIKES = lookAlikes();

  private SecretFieldNames() {}

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
    StringBuilder out = new StringBuilder(name.length());
    if (isAscii(name)) {
      // No ASCII character decomposes, is a mark or is in the look-alike table: only case and separators go.
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          out.append((char) (c + ('a' - 'A')));
        } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          out.append(c);
        }
      }
      return out.toString();
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); i += Character.charCount(decomposed.codePointAt(i))) {
      int cp = decomposed.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
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
    }
    return out.toString();
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Map<Integer, Character> lookAlikes() {
    Map<Integer, Character> map = new HashMap<>();
    // Cyrillic, upper case then lower case, each followed by the Latin letter it looks like.
    put(map, "АaВbЕeЅsІiЈjКkМmНhОoРpСcТtУyХxҮyӀlЬbҺh");
    put(map, "аaвbеeѕsіiјjкkмmнhоoрpсcтtуyхxүyӏlԁdԛqԝwһhѵvпnгrьb");
    // Greek.
    put(map, "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx");
    put(map, "αaβbγyεeηnιiκkμuνvοoρpτtυuχxωwϲcϳj");
    // Latin letters without a plain decomposition, and Armenian.
    put(map, "ıiȷjɡgɑaօoսu");
    // A letter listed twice keeps its last pairing.
    return Collections.unmodifiableMap(map);
  }

  private static void put(Map<Integer, Character> map, String pairs) {
    for (int i = 0; i + 1 < pairs.length(); i += 2) {
      map.put((int) pairs.charAt(i), pairs.charAt(i + 1));
    }
  }
}
