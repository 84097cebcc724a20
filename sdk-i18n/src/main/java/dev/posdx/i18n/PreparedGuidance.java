package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.internal.Verdict;
import dev.posdx.core.outcome.Network;
import dev.posdx.i18n.display.DisplayProfile;
import dev.posdx.i18n.display.DisplayText;
import dev.posdx.i18n.internal.PreparedText;
import dev.posdx.i18n.internal.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The guidance of one verdict for one audience in one bundle locale: its parts (the cause's
 * texts, the shown steps' texts, the retry and contact sentences) chosen once, and the whole
 * {@link Guidance} made once when those parts hold no per-payment value. A verdict fixes
 * everything the parts are chosen by (cause, category, retry advice, contactIssuer, steps) and the
 * {@code {after}} wait; what else the text says comes from the placeholders its parts hold:
 * {@code {network}} from the payment's network, {@code {issuer}} and {@code {hotline}} from the
 * issuer the directory found. Guidance with only those is kept per network and issuer, a bounded
 * few; guidance with any other placeholder (a code, an amount, a card's last digits) is filled on
 * every call. Fixed guidance is also laid out once per display. Thread-safe; no lock on reads.
 */
final class PreparedGuidance {

  // Issuers come from traffic: keep the latest few per guidance, not all.
  private static final int MAX_PAYMENTS = 64;
  private static final int MAX_DISPLAYS = 16;
  // Placeholders whose value the verdict fixes: the wait comes from its retry advice.
  private static final Set<String> BY_VERDICT = Set.of("after");
  private static final Set<String> BY_ISSUER = Set.of("issuer", "hotline");
  private static final String BY_NETWORK = "network";

  private final Audience audience;
  private final PreparedLocale texts;
  private final Cause cause;
  private final @Nullable PreparedText shortText;
  private final PreparedText longText;
  private final List<PreparedText> steps; // never changed
  private final PreparedLocale.Sentence retry;
  private final PreparedLocale.@Nullable Sentence contact;
  private final boolean byNetwork;
  private final boolean byIssuer;
  private final boolean perCall;
  private final @Nullable Guidance fixed;
  private final ConcurrentHashMap<Payment, Guidance> byPayment = new ConcurrentHashMap<>();
  // Laid out once per display for fixed guidance; displays are a handful per deployment.
  private final ConcurrentHashMap<DisplayProfile, DisplayText> layouts = new ConcurrentHashMap<>();

  // The guidance last asked for, with its payment values: read without a lock, replaced whole.
  private volatile @Nullable Filled last;

  /**
   * The per-payment values a guidance may depend on; null where it does not. A class, not a
   * record: a record's equals and hashCode are linked at run time on first use, a cost at start-up.
   */
  private static final class Payment {
    private final @Nullable Network network;
    private final @Nullable Issuer issuer;

    Payment(@Nullable Network network, @Nullable Issuer issuer) {
      this.network = network;
      this.issuer = issuer;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Payment p && p.network == network && Objects.equals(p.issuer, issuer);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(network) + Objects.hashCode(issuer);
    }
  }

  /** A guidance filled for one payment's values. */
  private record Filled(@Nullable Network network, @Nullable Issuer issuer, Guidance guidance) {}

  /** Chooses the parts of {@code diagnosis}'s guidance for {@code audience}; see {@link PreparedLocale#guidance}. */
  PreparedGuidance(PreparedLocale texts, Verdict verdict, Diagnosis diagnosis, Audience audience, boolean hotline) {
    this.audience = audience;
    this.texts = texts;
    this.cause = diagnosis.causeFor(audience);
    boolean hasShort = audience == Audience.CASHIER || audience == Audience.CARDHOLDER;
    this.shortText = hasShort ? texts.causeText(cause, audience, 0) : null;
    this.longText = texts.causeText(cause, audience, 1);
    List<PreparedText> shown = new ArrayList<>();
    for (Step step : verdict.steps()) { // without the diagnosis's arguments: parts are chosen by audience, action and key
      if (step.audience() == audience && AdviceSteps.shown(step, diagnosis)) {
        // A step no bundle knows is left out (and logged once), never shown as its key.
        Optional<PreparedText> text = texts.stepText(step.messageKey());
        if (text.isPresent()) {
          shown.add(text.get());
        }
      }
    }
    this.steps = shown;
    this.retry = texts.retry(diagnosis, audience);
    this.contact = texts.contact(diagnosis, audience, hotline).orElse(null);
    Set<String> names = new HashSet<>();
    if (shortText != null) {
      names.addAll(shortText.placeholders());
    }
    names.addAll(longText.placeholders());
    for (PreparedText step : steps) {
      names.addAll(step.placeholders());
    }
    names.addAll(retry.placeholders());
    if (contact != null) {
      names.addAll(contact.placeholders());
    }
    this.byNetwork = names.remove(BY_NETWORK);
    this.byIssuer = names.removeAll(BY_ISSUER);
    names.removeAll(BY_VERDICT);
    this.perCall = !names.isEmpty();
    this.fixed = perCall || byNetwork || byIssuer ? null : fill(diagnosis);
  }

  /** The guidance of a diagnosis with this verdict, for this audience. */
  Guidance guidance(Diagnosis diagnosis) {
    if (fixed != null) {
      return fixed;
    }
    if (perCall) {
      return fill(diagnosis);
    }
    Network network = byNetwork ? diagnosis.outcome().network() : null;
    Issuer issuer = byIssuer ? diagnosis.issuer().orElse(null) : null;
    Filled recent = last;
    if (recent != null && recent.network == network && Objects.equals(recent.issuer, issuer)) {
      return recent.guidance; // a run of one issuer's cards: no key, no map
    }
    Payment payment = new Payment(network, issuer);
    Guidance guidance = byPayment.get(payment);
    if (guidance == null) {
      guidance = fill(diagnosis);
      if (byPayment.size() >= MAX_PAYMENTS) {
        byPayment.clear();
      }
      byPayment.put(payment, guidance);
    }
    last = new Filled(network, issuer, guidance);
    return guidance;
  }

  /** The guidance of a diagnosis with this verdict laid out for a display, as {@link DisplayProfile#layout(List)}. */
  DisplayText display(Diagnosis diagnosis, DisplayProfile profile) {
    if (fixed == null) {
      return profile.layout(guidance(diagnosis).forms());
    }
    DisplayText text = layouts.get(profile);
    if (text == null) {
      text = profile.layout(fixed.forms());
      if (layouts.size() >= MAX_DISPLAYS) {
        layouts.clear();
      }
      layouts.put(profile, text);
    }
    return text;
  }

  private Guidance fill(Diagnosis diagnosis) {
    Values values = new Values(diagnosis, texts);
    Optional<String> shortFilled = shortText == null ? Optional.empty() : shortText.optionalFill(values);
    String longFilled = longText.fill(values);
    String[] stepsFilled = new String[steps.size()];
    for (int i = 0; i < stepsFilled.length; i++) { // by index: no iterator per fill
      stepsFilled[i] = steps.get(i).fill(values);
    }
    String retryFilled = retry.text(values);
    return new Guidance(audience, texts.locale(), cause, shortFilled, longFilled, TextList.owning(stepsFilled), retryFilled,
        contact == null ? Optional.empty() : contact.optionalText(values));
  }

  /** A message's values for one diagnosis: its arguments, with the network's name and the wait in the locale's words. */
  private static final class Values implements Template.Values {
    private final Diagnosis diagnosis;
    private final PreparedLocale texts;

    Values(Diagnosis diagnosis, PreparedLocale texts) {
      this.diagnosis = diagnosis;
      this.texts = texts;
    }

    @Override
    public @Nullable String get(String name) {
      // Read on first use: the diagnosis builds its arguments only when a text has a placeholder.
      Map<String, String> arguments = diagnosis.arguments();
      if (name.equals("network")) {
        String network = arguments.get(name);
        return network == null ? null : texts.network(network);
      }
      if (name.equals("after")) {
        Optional<Duration> after = diagnosis.retry().after();
        return after.isPresent() ? texts.duration(after.get()) : arguments.get(name);
      }
      return arguments.get(name);
    }
  }
}
