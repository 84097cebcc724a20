package dev.posdx.rules.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's invariants on the built-in packs, swept over every terminal fact crossed with the
 * codes of every network and every merchant advice code (see {@link Sweep}).
 */
class InvariantSweepTest {

  private static final int EXAMPLES = 20_000;
  private static final CauseCatalog CATALOG = Sweep.STANDARD.causeCatalog();
  /** Steps that present the card again. */
  private static final Set<String> RETRY_STEPS =
      Set.of("retry-now", "retry-later", "wait-and-retry", "insert-chip", "swipe-card", "tap-card", "ask-for-pin",
          "enter-pin-again", "correct-input", "start-new-sale", "activate-card");
  private static final Set<FindingRole.Kind> FORCED =
      Set.of(FindingRole.Kind.SENT_NO_REPLY, FindingRole.Kind.APPROVAL_STANDS, FindingRole.Kind.RISK_FIRST);

  @Test
  void theCatalogIsInUse() {
    assertThat(CATALOG.size()).isGreaterThan(100);
  }

  @Test
  void sentWithoutReplyAlwaysReconcilesFirstAndLeadsWithIt() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      boolean noReply = s.code() == null && s.terminal().hostReply().orElse(HostReply.RESPONDED) == HostReply.TIMEOUT;
      if (noReply) {
        assertThat(d.retry().decision()).as("%s", s).isEqualTo(RetryDecision.RECONCILE_FIRST);
        assertThat(d.steps(Audience.CASHIER)).as("%s", s).first().extracting(Step::action).isEqualTo("reconcile-before-retry");
        assertThat(d.roles().subList(1, d.roles().size())).as("%s", s)
            .allSatisfy(r -> assertThat(r.kind()).isIn(FindingRole.Kind.SENT_NO_REPLY, FindingRole.Kind.ADVICE_ONLY, FindingRole.Kind.RETRY_LIMIT));
      }
    });
  }

  @Test
  void anApprovalStaysAnApprovalWhateverAdviceOrTerminalState() {
    sweep(s -> {
      if (s.code() == null) {
        return;
      }
      Diagnosis alone = Sweep.STANDARD.diagnose(s.codeAlone());
      if (alone.category() != Category.APPROVED) {
        return;
      }
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      assertThat(d.category()).as("%s", s).isEqualTo(Category.APPROVED);
      assertThat(CauseDefinition.isRetry(d.retry().decision())).as("%s", s).isFalse();
    });
  }

  @Test
  void aRiskCauseKeepsNeverAndItsProcedureAndIsWithheldFromTheCardholder() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      if (s.code() != null && Sweep.STANDARD.diagnose(s.codeAlone()).category() == Category.RISK) {
        assertThat(d.category()).as("%s", s).isEqualTo(Category.RISK);
      }
      if (d.category() == Category.RISK) {
        assertThat(d.retry().decision()).as("%s", s).isEqualTo(RetryDecision.NEVER);
        assertThat(d.isDisclosedTo(Audience.CARDHOLDER)).as("%s", s).isFalse();
        assertThat(d.causeFor(Audience.CARDHOLDER)).as("%s", s).isNotEqualTo(d.cause());
        assertThat(d.steps(Audience.CASHIER)).as("%s", s).extracting(Step::action).contains("follow-risk-procedure");
      }
    });
  }

  @Test
  void anAdviceCodeNeverReplacesTheResponseCodesCause() {
    sweep(s -> {
      if (s.code() == null || s.mac() == null) {
        return;
      }
      Diagnosis with = Sweep.STANDARD.diagnose(s.outcome());
      Diagnosis without = Sweep.STANDARD.diagnose(s.withoutAdvice());
      assertThat(with.cause()).as("%s", s).isEqualTo(without.cause());
      assertThat(with.category()).as("%s", s).isEqualTo(without.category());
      if (without.category() == Category.APPROVED || without.category() == Category.RISK) {
        assertThat(with.retry()).as("%s", s).isEqualTo(without.retry());
      }
    });
  }

  @Test
  void theSchemesCapAppliesToEveryDeclineMatchedOrNot() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      int cap = switch (s.network()) {
        case VISA -> 21;
        case MASTERCARD -> 35;
        default -> Integer.MAX_VALUE;
      };
      if (s.attempt() >= cap) {
        assertThat(CauseDefinition.isRetry(d.retry().decision())).as("%s", s).isFalse();
      }
      if (s.attempt() == 20 && s.network() == Network.VISA) {
        assertThat(d.findings()).as("%s: 20 tries leave one of Visa's 20 reattempts", s)
            .noneMatch(f -> f.cause().id().equals("network.retry-limit"));
      }
    });
  }

  @Test
  void contactIssuerFollowsTheCatalogAndStepsFollowTheDecision() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      if (d.primary().isEmpty()) {
        assertThat(d.contactIssuer()).isFalse();
        return;
      }
      boolean catalog = CATALOG.definition(d.cause()).orElseThrow().contactIssuer();
      boolean fromAdvice = false;
      for (int i = 0; i < d.findings().size(); i++) {
        if (d.roles().get(i).kind() == FindingRole.Kind.MODIFIER_APPLIED) {
          fromAdvice |= CATALOG.definition(d.findings().get(i).cause()).orElseThrow().contactIssuer();
        }
      }
      assertThat(d.contactIssuer()).as("%s", s).isEqualTo(catalog || fromAdvice);
      assertThat(d.category()).as("%s", s).isEqualTo(CATALOG.definition(d.cause()).orElseThrow().category());

      RetryDecision decision = d.retry().decision();
      if (decision == RetryDecision.NEVER || decision == RetryDecision.RECONCILE_FIRST) {
        assertThat(d.steps()).as("%s: %s", s, decision).noneMatch(step -> RETRY_STEPS.contains(step.action()));
      }
      if (!d.contactIssuer()) {
        assertThat(d.steps(Audience.CARDHOLDER)).as("%s", s).noneMatch(step -> step.action().equals("call-issuer"));
      }
    });
  }

  @Test
  void thePrimaryIsNeverExplainedByAnotherFindingUnlessAnInvariantChoseIt() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      if (d.primary().isEmpty() || d.roles().stream().anyMatch(r -> FORCED.contains(r.kind()))) {
        return;
      }
      Finding primary = d.primary().get();
      List<Finding> findings = d.findings();
      for (int i = 1; i < findings.size(); i++) {
        FindingRole role = d.roles().get(i);
        if (role.kind() == FindingRole.Kind.LESS_SPECIFIC || role.kind() == FindingRole.Kind.EXPLAINED) {
          assertThat(CATALOG.explains(findings.get(i).cause(), primary.cause()))
              .as("%s: %s explains the primary %s", s, findings.get(i).cause(), primary.cause()).isFalse();
        }
        role.by().ifPresent(by -> assertThat(CATALOG.explains(by, d.findings().get(d.roles().indexOf(role)).cause())).isTrue());
      }
    });
  }

  @Test
  void whateverKeptTheRequestFromLeavingIsPrimaryOverNotSent() {
    sweep(s -> {
      Diagnosis d = Sweep.STANDARD.diagnose(s.outcome());
      if (d.cause().id().equals("connectivity.not-sent")) {
        for (int i = 1; i < d.findings().size(); i++) {
          FindingRole.Kind kind = d.roles().get(i).kind();
          if (kind != FindingRole.Kind.ADVICE_ONLY && kind != FindingRole.Kind.MODIFIER_APPLIED) {
            assertThat(CATALOG.explains(d.findings().get(i).cause(), d.cause())).as("%s", s).isFalse();
          }
        }
      }
    });
  }

  private static void sweep(java.util.function.Consumer<Sweep> check) {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> check.accept(Sweep.random(seed)));
  }
}
