package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The retry and contact sentences of each audience, composed from the diagnosis's decision, its
 * change and {@link Diagnosis#contactIssuer()}: a cause's own text says what happened, so what a
 * person is told to do next cannot contradict the decision. Keys: {@code retry.*} (cashier,
 * merchant, support), {@code retry.cardholder.*}, {@code contact.issuer.<audience>}.
 */
final class AdviceText {

  private AdviceText() {}

  /** The bundle keys of the retry sentences for this audience, in order. */
  static List<String> retryKeys(Diagnosis diagnosis, Audience audience) {
    RetryAdvice retry = diagnosis.retry();
    String prefix = audience == Audience.CARDHOLDER ? "retry.cardholder." : "retry.";
    if (diagnosis.category() == Category.APPROVED && retry.decision() == RetryDecision.NEVER) {
      // An approval is never presented again, and nobody needs another card for it.
      return List.of(prefix + "approved");
    }
    if (retry.decision() == RetryDecision.NEVER && audience != Audience.CARDHOLDER) {
      // Not this card, and what to do instead: the cardholder's sentence already says both.
      return List.of("retry.never", "retry.with-change.another-payment");
    }
    return List.of(prefix + suffix(retry, audience));
  }

  private static String suffix(RetryAdvice retry, Audience audience) {
    return switch (retry.decision()) {
      case NOW -> "now";
      case LATER -> retry.after().isPresent() ? "later.after" : "later";
      case WITH_CHANGE -> "with-change." + changeKey(retry.change().orElseThrow(), audience);
      case NEVER -> "never";
      case RECONCILE_FIRST -> "reconcile-first";
    };
  }

  private static String changeKey(RetryChange change, Audience audience) {
    // The cardholder does not sign on, reconnect or correct the entry: the cashier does, and says so.
    if (audience == Audience.CARDHOLDER
        && (change == RetryChange.SIGN_ON || change == RetryChange.RECONNECT || change == RetryChange.CORRECT_INPUT)) {
      return "by-cashier";
    }
    return change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The bundle key of the contact sentence, when this audience is told to contact the issuer. */
  static Optional<String> contactKey(Diagnosis diagnosis, Audience audience, Map<String, String> args) {
    return contactKey(diagnosis, audience, args.containsKey("issuer") && args.containsKey("hotline"));
  }

  /** As {@link #contactKey(Diagnosis, Audience, Map)}, told whether the arguments hold the issuer and its hotline. */
  static Optional<String> contactKey(Diagnosis diagnosis, Audience audience, boolean hotline) {
    if (!diagnosis.contactIssuer() || audience == Audience.SUPPORT) {
      return Optional.empty();
    }
    if (audience == Audience.CARDHOLDER) {
      return Optional.of(hotline ? "contact.issuer.cardholder.hotline" : "contact.issuer.cardholder");
    }
    return Optional.of("contact.issuer." + audience.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@link Diagnosis#arguments()} holds {@code issuer} and {@code hotline}, read without
   * building them: both come from the issuer the directory found, the hotline when it has one.
   */
  static boolean hasHotline(Diagnosis diagnosis) {
    return diagnosis.issuer().isPresent() && diagnosis.issuer().get().hotline().isPresent();
  }
}
