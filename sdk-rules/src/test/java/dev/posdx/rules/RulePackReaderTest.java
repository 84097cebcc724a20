package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackReaderTest {

  private static final RulePackReader READER = RulePackReader.standard();

  static final String MINIMAL =
      """
      schemaVersion: 1
      id: mini
      version: "1"
      scope: BASE
      sources: [{document: "ISO 8583:1987 field 39", edition: "1987"}]
      rules:
        - id: r1
          when: {responseCode: ["51"]}
          then: {cause: account.insufficient-funds, category: ACCOUNT, retry: {decision: NEVER}}
          examples:
            - {given: {network: ISO8583, responseCode: "51"}, expect: account.insufficient-funds}
      """;

  static final String EVERY_MATCHER =
        """
        schemaVersion: 1
        id: all-matchers
        version: "1"
        scope: STORE
        sources: [{document: "test", edition: 2026}]
        retryLimits:
          - {network: VISA, maxAttempts: 15, window: P30D, source: {document: "Visa rules", edition: "2025-02-26"}}
        rules:
          - id: everything
            when:
              network: [VISA]
              responseCode: ["05"]
              responseCodePresent: true
              merchantAdviceCode: ["03"]
              transactionType: [SALE]
              entryMode: [CHIP]
              cardExpired: false
              issuerCountry: [DE]
              crossBorder: true
              currency: [CNY]
              currencyMismatch: true
              attemptAtLeast: 2
              terminal:
                reader: [OK]
                link: [ONLINE]
                host: [RESPONDED]
                keys: [OK]
                kernelOutcome: [DECLINED]
                printer: [OK]
                tvrAnyBit: "0000000080"
                inputTimedOut: false
                latencyAtLeastMs: 100
                clockSkewAtLeastSeconds: 300
              merchant:
                acquirer: [acq-1]
                chainId: [c-1]
                storeId: [s-1]
                originalStoreDiffers: false
                country: [CN]
              time:
                localTimeBetween: {from: "11:30", to: "13:30"}
                daysOfWeek: [SATURDAY]
                dates: [{from: 2026-02-15, to: 2026-02-23, label: "Spring Festival 2026"}]
                onOrAfter: 2026-01-01
                before: 2027-01-01
            then:
              cause: store.peak-load
              category: ISSUER
              confidence: POSSIBLE
              retry: {decision: LATER, after: PT15M}
              contactIssuer: true
              steps: {CASHIER: [retry-later], CARDHOLDER: [wait-and-retry]}
              withheldFrom: [MERCHANT]
              supplementary: true
              networkDisplay: {en: "Try later", zh-Hant: "請稍後再試"}
            examples:
              - {given: {network: VISA, responseCode: "05"}, expect: unknown.unmatched}
        """;

  @Test
  void readsTheAnnotatedExamplePackIntoTheCoreModel() throws Exception {
    RulePack pack;
    try (InputStream in = getClass().getResourceAsStream("testpacks/example-chain.yaml")) {
      pack = READER.read("example-chain.yaml", in);
    }
    assertThat(pack.id()).isEqualTo("example-chain");
    assertThat(pack.version()).isEqualTo("2026.1");
    assertThat(pack.scope()).isEqualTo(Scope.CHAIN);
    assertThat(pack.sources()).hasSize(2);
    assertThat(pack.origin()).isEqualTo("example-chain.yaml");
    assertThat(pack.rules()).extracting(Rule::id).containsExactly("cross-store-refund", "nightly-settlement-window");

    Rule crossStore = pack.rules().get(0);
    assertThat(crossStore.when())
        .containsExactlyInAnyOrder(
            Matcher.NetworkIn.of(Network.UNIONPAY),
            Matcher.ResponseCodeIn.of("12"),
            new Matcher.TransactionTypeIn(java.util.Set.of(TransactionType.REFUND, TransactionType.VOID)),
            new Matcher.ChainIn(java.util.Set.of("example-chain")),
            new Matcher.OriginalStoreDiffers(true));
    assertThat(crossStore.then().cause()).isEqualTo(Cause.of("settlement.cross-store"));
    assertThat(crossStore.then().category()).isEqualTo(Category.SETTLEMENT);
    assertThat(crossStore.then().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(crossStore.then().retry()).isEqualTo(RetryAdvice.never());
    assertThat(crossStore.then().steps())
        .containsExactly(Step.of(Audience.CASHIER, "check-original-transaction"), Step.of(Audience.MERCHANT, "contact-hq-settlement"));
    assertThat(crossStore.then().networkDisplay()).isEqualTo(Map.of("zh-Hans", "无效交易"));
    assertThat(crossStore.examples()).singleElement().satisfies(e -> {
      assertThat(e.expected()).isEqualTo(Cause.of("settlement.cross-store"));
      assertThat(e.input().merchant().originalStoreDiffers()).isTrue();
    });

    Rule window = pack.rules().get(1);
    assertThat(window.when()).contains(new Matcher.LocalTimeBetween(LocalTime.of(23, 50), LocalTime.of(0, 10)));
    assertThat(window.then().retry()).isEqualTo(RetryAdvice.withChange(RetryChange.SIGN_ON));
  }

  @Test
  void jsonAndYamlOfOnePackReadTheSame() {
    String json =
        """
        {"schemaVersion":1,"id":"mini","version":"1","scope":"base",
         "sources":[{"document":"ISO 8583:1987 field 39","edition":"1987"}],
         "rules":[{"id":"r1","when":{"responseCode":["51"]},
                   "then":{"cause":"account.insufficient-funds","category":"account","retry":{"decision":"never"}},
                   "examples":[{"given":{"network":"ISO8583","responseCode":"51"},"expect":"account.insufficient-funds"}]}]}
        """;
    RulePack fromYaml = READER.read("mini.yaml", MINIMAL);
    RulePack fromJson = READER.read("mini.json", json);
    RulePack sniffed = READER.read("mini", json);
    assertThat(fromJson.rules()).isEqualTo(fromYaml.rules());
    assertThat(sniffed.rules()).isEqualTo(fromYaml.rules());
  }

  @Test
  void everyMatcherOfTheFormatIsRead() {
    String pack = EVERY_MATCHER;
    RulePack read = READER.read("all.yaml", pack);
    Rule rule = read.rules().get(0);
    // One of each: the format covers the core's whole closed set of matchers.
    assertThat(rule.when().stream().map(Object::getClass).distinct().toList())
        .containsExactlyInAnyOrder(Matcher.class.getPermittedSubclasses());
    assertThat(rule.then().retry()).isEqualTo(RetryAdvice.later(Duration.ofMinutes(15)));
    assertThat(rule.then().withheldFrom()).containsExactly(Audience.MERCHANT);
    assertThat(rule.then().supplementary()).isTrue();
    assertThat(rule.then().contactIssuer()).isTrue();
    assertThat(read.retryLimits()).singleElement().satisfies(l -> {
      assertThat(l.maxAttempts()).isEqualTo(15);
      assertThat(l.window()).isEqualTo(Duration.ofDays(30));
    });
    assertThat(read.sources().get(0).edition()).isEqualTo("2026");
  }

  @Test
  void aBadPackReportsAllItsProblemsWithLocations() {
    String bad =
        """
        schemaVersion: 1
        id: bad
        version: "1"
        scope: BASE
        sources: [{document: "d", edition: "e"}]
        rules:
          - id: r1
            when: {responseCode: ["51"]}
            then:
              cause: account.insufficient-funds
              category: ACOUNT
              retry: {decision: NEVER}
            examples:
              - {given: {network: ISO8583}, expect: account.insufficient-funds}
          - id: r2
            when: {responseCode: [51]}
            then: {cause: x, category: ACCOUNT, retry: {decision: NEVER}}
            exampels: []
        """;
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> READER.read("bad.yaml", bad));
    assertThat(e.problems()).extracting(RulePackException.Problem::reason)
        .containsExactly(Reason.UNKNOWN_ENUM_VALUE, Reason.UNKNOWN_FIELD, Reason.BAD_VALUE, Reason.BAD_VALUE, Reason.MISSING_EXAMPLE);
    assertThat(e.problems().get(0).toString())
        .isEqualTo("bad.yaml:11:7 /rules/0/then/category: unknown category \"ACOUNT\" (expected one of "
            + "CARD, ACCOUNT, AUTHENTICATION, ISSUER, PAYMENT_NETWORK, CONNECTIVITY, TERMINAL, OPERATOR, MERCHANT, "
            + "SETTLEMENT, RISK, APPROVED, UNKNOWN)");
    assertThat(e.problems().get(1).message()).contains("did you mean examples?");
    assertThat(e.problems().get(2).location().pointer()).isEqualTo("/rules/1/when/responseCode/0");
    assertThat(e.problems().get(2).message()).contains("quote codes");
    assertThat(e.problems().get(3).location().pointer()).isEqualTo("/rules/1/then/cause");
    assertThat(e.getMessage()).startsWith("5 problems:\nbad.yaml:11:7 /rules/0/then/category");
  }

  @Test
  void aDuplicateRuleIdNamesBothRules() {
    String pack = MINIMAL + """
          - id: r1
            when: {responseCode: ["61"]}
            then: {cause: account.limit-exceeded, category: ACCOUNT, retry: {decision: NEVER}}
            examples:
              - {given: {network: ISO8583, responseCode: "61"}, expect: account.limit-exceeded}
        """;
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> READER.read("dup.yaml", pack));
    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_RULE_ID);
    assertThat(e.location().pointer()).isEqualTo("/rules/1/id");
    assertThat(e.location().line()).isEqualTo(12);
    assertThat(e.getMessage()).contains("already used by /rules/0 (line 7)");
  }

  @Test
  void yamlAliasesAreRefusedBecauseTheyWouldBeReadAsText() {
    String pack = MINIMAL.replace("then: {cause", "then: &shared {cause") + """
          - id: r2
            when: {responseCode: ["52"]}
            then: *shared
            examples:
              - {given: {network: ISO8583, responseCode: "52"}, expect: account.insufficient-funds}
        """;
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> READER.read("alias.yaml", pack));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.location().pointer()).isEqualTo("/rules/1/then");
    assertThat(e.location().line()).isEqualTo(14);
  }

  @Test
  void anAliasBombFailsAtItsFirstAlias() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
    }
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> READER.read("bomb.yaml", bomb.toString()));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.location().toString()).startsWith("bomb.yaml:2:");
  }

  @Test
  void limitsAreEnforced() {
    RulePackReader small = RulePackReader.builder().maxBytes(100).build();
    assertThat(catchThrowableOfType(RulePackException.class, () -> small.read("big.yaml", MINIMAL)).reason())
        .isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(catchThrowableOfType(
            RulePackException.class,
            () -> small.read("big.yaml", new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)))).reason())
        .isEqualTo(Reason.LIMIT_EXCEEDED);

    RulePackReader oneRule = RulePackReader.builder().maxRules(1).build();
    String twoRules = MINIMAL + MINIMAL.substring(MINIMAL.indexOf("  - id: r1")).replace("r1", "r2");
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> oneRule.read("many.yaml", twoRules));
    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.location().pointer()).isEqualTo("/rules");

    String deep = "a: " + "[".repeat(100) + "]".repeat(100);
    assertThat(catchThrowableOfType(RulePackException.class, () -> READER.read("deep.yaml", deep)).reason())
        .isEqualTo(Reason.LIMIT_EXCEEDED);
    String deepJson = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(catchThrowableOfType(RulePackException.class, () -> READER.read("deep.json", deepJson)).reason())
        .isEqualTo(Reason.LIMIT_EXCEEDED);
  }

  @Test
  void anUnsupportedSchemaVersionStopsReadingAtOnce() {
    RulePackException e =
        catchThrowableOfType(RulePackException.class, () -> READER.read("v2.yaml", MINIMAL.replace("schemaVersion: 1", "schemaVersion: 2\nfuture: x")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(Reason.UNSUPPORTED_SCHEMA_VERSION);
      assertThat(p.location().toString()).isEqualTo("v2.yaml:1:1 /schemaVersion");
    });
  }

  @Test
  void theExamplesGivenIsCheckedByTheOutcomeContract() {
    RulePackException e =
        catchThrowableOfType(
            RulePackException.class,
            () -> READER.read("given.yaml", MINIMAL.replace("responseCode: \"51\"}", "responseCode: \"51\", terminal: {reader: CHIP_ERR}}")));
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_ENUM_VALUE);
    assertThat(e.location().pointer()).isEqualTo("/rules/0/examples/0/given/terminal/reader");
    assertThat(e.location().line()).isEqualTo(11);
  }

  @Test
  void theExampleInputIsAnOutcome() {
    RulePack pack = READER.read("mini.yaml", MINIMAL);
    assertThat(pack.rules().get(0).examples().get(0).input()).isEqualTo(TransactionOutcome.of(Network.ISO8583, "51"));
    assertThat(List.of(pack)).hasSize(1);
  }
}
