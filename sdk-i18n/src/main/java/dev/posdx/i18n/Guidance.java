package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text one audience is shown for one diagnosis.
 *
 * @param locale the bundle locale the text is in
 * @param cause the cause the text explains: for the cardholder of a RISK cause, {@code
 *     issuer.declined}, never the real one
 * @param shortText one display line (cashier and cardholder only)
 * @param longText the explanation
 * @param steps what to do, in order
 * @param retry whether and how to try the card again (not for the cardholder)
 */
public record Guidance(
    Audience audience,
    Locale locale,
    Cause cause,
    Optional<String> shortText,
    String longText,
    List<String> steps,
    Optional<String> retry) {

  public Guidance {
    steps = ImmutableList.copyOf(steps);
  }

  /**
   * The forms of this guidance, longest first: the explanation with the steps and the retry
   * advice on lines of their own, the explanation alone, the short line.
   */
  public List<String> forms() {
    ImmutableList.Builder<String> forms = ImmutableList.builder();
    if (!steps.isEmpty() || retry.isPresent()) {
      StringBuilder full = new StringBuilder(longText);
      steps.forEach(s -> full.append("\n- ").append(s));
      retry.ifPresent(r -> full.append('\n').append(r));
      forms.add(full.toString());
    }
    forms.add(longText);
    shortText.ifPresent(forms::add);
    return forms.build();
  }
}
