package dev.posdx.i18n.kit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.i18n.MessageCatalog;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a merchant needs to contact the card issuer about one payment, localized: the facts to
 * have ready (response code, date and time, merchant and terminal id, the card's last four digits,
 * amount), the channels (the issuer's hotline when the directory knows it, online help, email),
 * an email template filled from the payment, the self-check list to run first (terminal and
 * network before the card, the card before the issuer), prevention tips and advice. A POS app
 * shows it when {@link Diagnosis#contactIssuer()} is true; the self-check and prevention parts
 * are useful for any failure.
 *
 * @param locale the bundle locale the text is in
 * @since 0.1
 */
public record IssuerContactKit(
    Locale locale,
    String title,
    Section facts,
    Section channels,
    EmailTemplate email,
    Section selfCheck,
    Section prevention,
    List<String> advice) {

  /** Date and time as banks read them everywhere: ISO 8601 with the store's offset. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

  /**
   * @param locale the bundle locale the text is in
   * @param title the kit's heading
   * @param facts what to have ready when calling
   * @param channels how to reach the issuer
   * @param email an email to the issuer, filled from the payment
   * @param selfCheck what to check before calling
   * @param prevention how to avoid the failure next time
   * @param advice other advice, in order; copied
   */
  public IssuerContactKit {
    advice = ImmutableList.copyOf(advice);
  }

  /**
   * The kit for one diagnosis, from the shipped bundles.
   *
   * @param diagnosis the diagnosis; its issuer and payment facts fill the kit
   * @param locale the locale asked for; the text comes from the nearest bundle
   * @return the kit
   */
  public static IssuerContactKit of(Diagnosis diagnosis, Locale locale) {
    return of(diagnosis, locale, MessageCatalog.standard());
  }

  /**
   * The kit for one diagnosis, from {@code catalog}.
   *
   * @param diagnosis the diagnosis; its issuer and payment facts fill the kit
   * @param requested the locale asked for; the text comes from the nearest bundle
   * @param catalog the bundles the text comes from
   * @return the kit
   */
  public static IssuerContactKit of(Diagnosis diagnosis, Locale requested, MessageCatalog catalog) {
    Locale locale = catalog.resolve(requested);
    Text t = new Text(catalog, locale, arguments(diagnosis, catalog, locale));
    List<String> facts = facts(diagnosis.outcome(), t);
    Optional<Issuer> issuer = diagnosis.issuer();
    ImmutableList.Builder<String> channels = ImmutableList.builder();
    if (issuer.isPresent() && issuer.get().hotline().isPresent()) {
      channels.add(t.get("kit.channel.hotline"));
    } else {
      channels.add(t.get("kit.channel.hotline-unknown"));
    }
    channels.add(t.get("kit.channel.online")).add(t.get("kit.channel.email"));

    StringBuilder body = new StringBuilder();
    body.append(issuer.isPresent() ? t.get("kit.email.greeting") : t.get("kit.email.greeting-generic")).append("\n\n");
    body.append(t.get("kit.email.intro")).append("\n\n");
    facts.forEach(f -> body.append("- ").append(f).append('\n'));
    body.append('\n').append(t.get("kit.email.privacy")).append("\n\n");
    body.append(t.get("kit.email.closing")).append('\n');
    body.append(diagnosis.outcome().merchant().merchantId().isPresent()
        ? t.get("kit.email.signature") : t.get("kit.email.signature-generic"));

    return new IssuerContactKit(
        locale,
        t.get("kit.title"),
        new Section(t.get("kit.facts.title"), facts),
        new Section(t.get("kit.channels.title"), channels.build()),
        new EmailTemplate(t.get("kit.email.subject"), body.toString()),
        new Section(t.get("kit.self-check.title"), t.all(
            "kit.self-check.restart", "kit.self-check.network", "kit.self-check.reinsert",
            "kit.self-check.settings", "kit.self-check.reader")),
        new Section(t.get("kit.prevent.title"), t.all(
            "kit.prevent.card-status", "kit.prevent.maintain", "kit.prevent.network",
            "kit.prevent.train", "kit.prevent.review", "kit.prevent.privacy")),
        t.all("kit.tip.polite", "kit.followup.escalate"));
  }

  /**
   * A follow-up record as lines to show or print, in the kit's locale.
   *
   * @param record the record
   * @param requested the locale asked for
   * @param catalog the bundles the labels come from
   * @return one line per field; a field left empty is left out
   */
  public static List<String> followUpLines(FollowUpRecord record, Locale requested, MessageCatalog catalog) {
    Locale locale = catalog.resolve(requested);
    Map<String, String> args = new LinkedHashMap<>();
    args.put("time", TIME.format(record.time()));
    args.put("channel", catalog.format(locale, record.channel().messageKey(), ImmutableMap.of())
        .orElse(record.channel().name()));
    args.put("person", record.person());
    args.put("answer", record.answer());
    args.put("promise", record.promise());
    args.put("nextCheck", record.nextCheck().toString());
    Text t = new Text(catalog, locale, args);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(t.get("kit.followup.title"), t.get("kit.followup.time"), t.get("kit.followup.channel"));
    if (!record.person().isEmpty()) {
      lines.add(t.get("kit.followup.person"));
    }
    if (!record.answer().isEmpty()) {
      lines.add(t.get("kit.followup.answer"));
    }
    if (!record.promise().isEmpty()) {
      lines.add(t.get("kit.followup.promise"));
    }
    lines.add(t.get("kit.followup.next-check"));
    return lines.build().stream().map(CardNumbers::redact).collect(ImmutableList.toImmutableList());
  }

  /** {@return the whole kit as plain text, sections separated by blank lines} */
  public String text() {
    StringBuilder s = new StringBuilder(title).append('\n');
    for (Section section : List.of(selfCheck, facts, channels)) {
      s.append('\n').append(section.title()).append('\n');
      section.items().forEach(i -> s.append("- ").append(i).append('\n'));
    }
    s.append('\n').append(email.subject()).append('\n').append(email.body()).append('\n');
    s.append('\n').append(prevention.title()).append('\n');
    prevention.items().forEach(i -> s.append("- ").append(i).append('\n'));
    s.append('\n');
    advice.forEach(a -> s.append(a).append('\n'));
    // A vendor's bundle or an issuer directory may put digits here the diagnosis never held.
    return CardNumbers.redact(s);
  }

  private static Map<String, String> arguments(Diagnosis diagnosis, MessageCatalog catalog, Locale locale) {
    Map<String, String> args = new LinkedHashMap<>(diagnosis.arguments());
    String network = args.get("network");
    if (network != null) {
      catalog.format(locale, "network." + network.toLowerCase(Locale.ROOT), ImmutableMap.of())
          .ifPresent(name -> args.put("network", name));
    }
    diagnosis.outcome().time().map(TIME::format).ifPresent(time -> args.put("time", time));
    return args;
  }

  private static List<String> facts(TransactionOutcome outcome, Text t) {
    ImmutableList.Builder<String> facts = ImmutableList.builder();
    if (outcome.responseCode().isPresent()) {
      facts.add(t.get("kit.fact.code"));
    }
    Optional<ZonedDateTime> time = outcome.time();
    if (time.isPresent()) {
      facts.add(t.get("kit.fact.time"));
    }
    if (outcome.merchant().merchantId().isPresent()) {
      facts.add(t.get("kit.fact.merchant"));
    }
    if (outcome.merchant().terminalId().isPresent()) {
      facts.add(t.get("kit.fact.terminal"));
    }
    if (outcome.pan().isPresent()) {
      facts.add(t.get("kit.fact.card"));
    }
    if (outcome.amount().isPresent()) {
      facts.add(t.get("kit.fact.amount"));
    }
    facts.add(t.get("kit.fact.prompt"));
    return facts.build();
  }

  /** Messages of one locale with one set of arguments. */
  private record Text(MessageCatalog catalog, Locale locale, Map<String, String> args) {
    String get(String key) {
      return catalog.format(locale, key, args)
          .orElseThrow(() -> new IllegalStateException("the root bundle lacks " + key));
    }

    List<String> all(String... keys) {
      ImmutableList.Builder<String> texts = ImmutableList.builder();
      for (String key : keys) {
        texts.add(get(key));
      }
      return texts.build();
    }
  }
}
