package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text one audience is shown for one diagnosis: what happened (the cause's text) and what to
 * do next (the retry and contact sentences, composed from the decision, so they cannot
 * contradict it; and the cause's own steps).
 *
 * @param locale the bundle locale the text is in
 * @param cause the cause the text explains: for the cardholder of a RISK cause, {@code
 *     issuer.declined}, never the real one
 * @param shortText one display line (cashier and cardholder only)
 * @param longText what happened; may be empty when the advice says all there is to say
 * @param steps what to do besides retrying or contacting the issuer, in order
 * @param retry whether and how to try the card again, in this audience's voice
 * @param contact that the cardholder should contact the issuer, when the diagnosis says so
 * @since 0.1
 */
public record Guidance(
    Audience audience,
    Locale locale,
    Cause cause,
    Optional<String> shortText,
    String longText,
    List<String> steps,
    String retry,
    Optional<String> contact) {

  /**
   * @param audience who the text is for
   * @param locale the bundle locale the text is in
   * @param cause the cause the text explains, as this audience may be told it
   * @param shortText one display line (cashier and cardholder only)
   * @param longText what happened; may be empty
   * @param steps what to do besides retrying or contacting the issuer, in order; copied
   * @param retry whether and how to try the card again
   * @param contact that the cardholder should contact the issuer, when the diagnosis says so
   */
  public Guidance {
    steps = TextList.copyOf(steps);
  }

  /** {@return what happened, then the retry and contact advice: the whole explanation as one text} */
  public String text() {
    List<String> parts = new ArrayList<>(3);
    if (!longText.isEmpty()) {
      parts.add(longText);
    }
    parts.add(retry);
    if (contact.isPresent()) {
      parts.add(contact.get());
    }
    return sentences(parts);
  }

  /** Sentences joined as they are written: a space after a sentence unless it ends in a full-width stop. */
  static String sentences(List<String> sentences) {
    StringBuilder s = new StringBuilder();
    for (String sentence : sentences) {
      if (s.length() > 0 && !isFullWidthEnd(s.charAt(s.length() - 1))) {
        s.append(' ');
      }
      s.append(sentence);
    }
    return s.toString();
  }

  // Chinese and Japanese sentences end in a full-width stop and are not separated by a space.
  private static boolean isFullWidthEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '：';
  }

  /**
   * The forms of this guidance, longest first: the explanation and advice with the steps on
   * lines of their own, the explanation and advice alone, the short line.
   *
   * @return two or three forms; the short line only where there is one
   */
  public List<String> forms() {
    List<String> forms = new ArrayList<>(3);
    String text = text();
    if (!steps.isEmpty()) {
      StringBuilder full = new StringBuilder(text);
      steps.forEach(s -> full.append("\n- ").append(s));
      forms.add(full.toString());
    }
    forms.add(text);
    shortText.ifPresent(forms::add);
    return Collections.unmodifiableList(forms);
  }
}
