package dev.posdx.i18n;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.internal.Verdict;
import dev.posdx.i18n.internal.PreparedText;
import dev.posdx.i18n.internal.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The parts of guidance in one bundle locale, each looked up, parsed and, where it holds no
 * per-payment value, composed once, on first use, then reused: the texts of each cause, each step
 * and each network's name, the retry sentence of each audience × decision × change, the contact
 * sentence of each audience. Every table is bounded by the bundles' keys and the packs' data,
 * never by traffic. A missing text is reported when its part is first prepared, as the uncached
 * lookups reported it on first use. Thread-safe.
 */
final class PreparedLocale {

  private static final int AUDIENCES = Audience.values().length;
  private static final int DECISIONS = RetryDecision.values().length;
  private static final int CHANGES = RetryChange.values().length + 1; // + none

  private final MessageCatalog catalog;
  private final Locale locale;
  private final ConcurrentHashMap<Cause, AtomicReferenceArray<PreparedText>> causes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Optional<PreparedText>> steps = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> networks = new ConcurrentHashMap<>();
  // Waits come from the packs' data, so there are few of them.
  private final ConcurrentHashMap<Duration, String> durations = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<Sentence> retries = new AtomicReferenceArray<>(AUDIENCES * 2 * DECISIONS * 2 * CHANGES);
  private final AtomicReferenceArray<Optional<Sentence>> contacts = new AtomicReferenceArray<>(AUDIENCES * 2 * 2);
  // Verdicts are shared by every diagnosis of a rule set: bounded by the packs, cleared past this.
  static final int MAX_VERDICTS = 4096;
  private final ConcurrentHashMap<Verdict, AtomicReferenceArray<PreparedGuidance>> guidance = new ConcurrentHashMap<>();

  PreparedLocale(MessageCatalog catalog, Locale locale) {
    this.catalog = catalog;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The cause's short ({@code form} 0) or long (1) text for one audience; the generic text when no bundle has it. */
  PreparedText causeText(Cause cause, Audience audience, int form) {
    AtomicReferenceArray<PreparedText> forms = causes.get(cause);
    if (forms == null) {
      // Not computeIfAbsent: its lambda would be spun on the first render (so below).
      AtomicReferenceArray<PreparedText> made = new AtomicReferenceArray<>(AUDIENCES * 2);
      forms = causes.putIfAbsent(cause, made);
      if (forms == null) {
        forms = made;
      }
    }
    int slot = audience.ordinal() * 2 + form;
    PreparedText text = forms.get(slot);
    if (text == null) {
      String suffix = audience.name().toLowerCase(Locale.ROOT) + (form == 0 ? ".short" : ".long");
      text = catalog.prepared(locale, "cause." + cause.id() + "." + suffix);
      if (text == null) {
        // A cause no bundle has text for (a vendor pack's own) gets the generic text, logged once.
        text = required("cause." + Cause.UNKNOWN.id() + "." + suffix);
      }
      forms.set(slot, text);
    }
    return text;
  }

  /** A step's text; empty when no bundle has it (the step is left out). */
  Optional<PreparedText> stepText(String messageKey) {
    Optional<PreparedText> text = steps.get(messageKey);
    if (text == null) {
      text = Optional.ofNullable(catalog.prepared(locale, messageKey));
      Optional<PreparedText> first = steps.putIfAbsent(messageKey, text);
      if (first != null) {
        text = first;
      }
    }
    return text;
  }

  /** The network's name in this locale ({@code UNIONPAY} → 银联), or the value as given. */
  String network(String value) {
    String name = networks.get(value);
    if (name == null) {
      name = networks.computeIfAbsent(value,
          v -> catalog.format(locale, "network." + v.toLowerCase(Locale.ROOT), Map.of()).orElse(v));
    }
    return name;
  }

  /** A wait in this locale's words. */
  String duration(Duration after) {
    String text = durations.get(after);
    if (text == null) {
      text = durations.computeIfAbsent(after, d -> DurationText.format(catalog, locale, d));
    }
    return text;
  }

  /** The retry sentences of an audience for the diagnosis's decision, as {@link AdviceText#retryKeys}. */
  Sentence retry(Diagnosis diagnosis, Audience audience) {
    RetryAdvice advice = diagnosis.retry();
    // Everything AdviceText.retryKeys reads: the audience, an approval, the decision, a wait, the change.
    int slot = (((audience.ordinal() * 2 + (diagnosis.category() == Category.APPROVED ? 1 : 0)) * DECISIONS
        + advice.decision().ordinal()) * 2 + (advice.after().isPresent() ? 1 : 0)) * CHANGES
        + (advice.change().isPresent() ? advice.change().get().ordinal() + 1 : 0);
    Sentence sentence = retries.get(slot);
    if (sentence == null) {
      sentence = sentence(AdviceText.retryKeys(diagnosis, audience));
      retries.set(slot, sentence);
    }
    return sentence;
  }

  /**
   * The prepared guidance of a diagnosis for one audience, its parts chosen once per verdict (the
   * conclusion diagnoses of one rule set share) and hotline slot. At most {@link #MAX_VERDICTS}
   * verdicts are kept: verdicts a diagnoser makes per payment (an uncached rule cell) come and go.
   */
  @SuppressWarnings("EnumOrdinal") // a slot per audience in a small array, as the retry and contact tables
  PreparedGuidance guidance(Diagnosis diagnosis, Audience audience) {
    Verdict verdict = DiagnosisAssembly.verdict(diagnosis);
    AtomicReferenceArray<PreparedGuidance> slots = guidance.get(verdict);
    if (slots == null) {
      if (guidance.size() >= MAX_VERDICTS) {
        guidance.clear();
      }
      slots = new AtomicReferenceArray<>(AUDIENCES * 2);
      AtomicReferenceArray<PreparedGuidance> raced = guidance.putIfAbsent(verdict, slots);
      if (raced != null) {
        slots = raced;
      }
    }
    boolean hotline = AdviceText.hasHotline(diagnosis);
    int slot = audience.ordinal() * 2 + (hotline ? 1 : 0);
    PreparedGuidance prepared = slots.get(slot);
    if (prepared == null) {
      prepared = new PreparedGuidance(this, verdict, diagnosis, audience, hotline);
      slots.set(slot, prepared);
    }
    return prepared;
  }

  /** The contact sentence of an audience, as {@link AdviceText#contactKey}; empty when it is not told to. */
  Optional<Sentence> contact(Diagnosis diagnosis, Audience audience, boolean hotline) {
    int slot = (audience.ordinal() * 2 + (diagnosis.contactIssuer() ? 1 : 0)) * 2 + (hotline ? 1 : 0);
    Optional<Sentence> sentence = contacts.get(slot);
    if (sentence == null) {
      Optional<String> key = AdviceText.contactKey(diagnosis, audience, hotline);
      sentence = key.isPresent() ? Optional.of(sentence(List.of(key.get()))) : Optional.empty();
      contacts.set(slot, sentence);
    }
    return sentence;
  }

  private Sentence sentence(List<String> keys) {
    List<PreparedText> parts = new ArrayList<>(keys.size());
    for (String key : keys) {
      parts.add(required(key));
    }
    return new Sentence(parts);
  }

  // The advice keys are in the root bundle; a vendor bundle without them falls back to it.
  private PreparedText required(String key) {
    PreparedText text = catalog.prepared(locale, key);
    if (text == null) {
      throw new IllegalStateException("the root bundle lacks " + key);
    }
    return text;
  }

  /** One or more texts read as one advice, joined as {@link Guidance#sentences} joins them. */
  static final class Sentence {
    private final List<PreparedText> parts; // never changed
    private final @Nullable String constant;
    private final @Nullable Optional<String> constantOptional;

    Sentence(List<PreparedText> parts) {
      this.parts = parts;
      // Loops, not streams: a sentence is first composed on the first render.
      boolean constant = true;
      List<String> texts = new ArrayList<>(parts.size());
      for (PreparedText part : parts) {
        constant &= part.isConstant();
        texts.add(part.text());
      }
      this.constant = constant ? Guidance.sentences(texts) : null;
      this.constantOptional = this.constant == null ? null : Optional.of(this.constant);
    }

    String text(Template.Values values) {
      if (constant != null) {
        return constant;
      }
      if (parts.size() == 1) {
        return parts.get(0).fill(values);
      }
      List<String> filled = new ArrayList<>(parts.size());
      for (PreparedText part : parts) {
        filled.add(part.fill(values));
      }
      return Guidance.sentences(filled);
    }

    /** {@return the placeholder names of every part} */
    Set<String> placeholders() {
      Set<String> names = new HashSet<>();
      for (PreparedText part : parts) {
        names.addAll(part.placeholders());
      }
      return names;
    }

    Optional<String> optionalText(Template.Values values) {
      return constantOptional != null ? constantOptional : Optional.of(text(values));
    }
  }
}
