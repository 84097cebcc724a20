package dev.posdx.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.SplittableRandom;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class OutcomeSerdeTest {

  static final String[] CODES = {"00", "05", "51", "65", "A8", "N7", "999"};

  /** A reproducible outcome: each optional field present or absent by the seed. */
  static TransactionOutcome outcome(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Network[] networks = Network.values();
    TransactionOutcome.Builder b = TransactionOutcome.builder(networks[r.nextInt(networks.length)]);
    if (r.nextBoolean()) b.responseCode(CODES[r.nextInt(CODES.length)]);
    if (r.nextBoolean()) b.merchantAdviceCode(String.format("%02d", 1 + r.nextInt(30)));
    if (r.nextBoolean()) b.transactionType(TransactionType.values()[r.nextInt(TransactionType.values().length)]);
    if (r.nextBoolean()) b.entryMode(EntryMode.values()[r.nextInt(EntryMode.values().length)]);
    if (r.nextBoolean()) b.pan(r.nextBoolean() ? "4111111111111111" : "622202*********0128");
    if (r.nextBoolean()) b.cardExpiry(YearMonth.of(2020 + r.nextInt(15), 1 + r.nextInt(12)));
    if (r.nextBoolean()) b.amount(new Amount(BigDecimal.valueOf(r.nextInt(1_000_000), 2), Currency.getInstance("CNY")));
    if (r.nextBoolean()) b.cardLanguagePreference(r.nextBoolean() ? "zhen" : "de");
    if (r.nextBoolean()) {
      b.terminal(TerminalState.builder()
          .reader(ReaderStatus.values()[r.nextInt(ReaderStatus.values().length)])
          .link(LinkStatus.values()[r.nextInt(LinkStatus.values().length)])
          .hostReply(HostReply.values()[r.nextInt(HostReply.values().length)])
          .latency(Duration.ofMillis(r.nextInt(60_000)))
          .keys(KeyStatus.values()[r.nextInt(KeyStatus.values().length)])
          .tvr(Tvr.ofHex(String.format("%010X", r.nextLong(1L << 40))))
          .inputTimedOut(r.nextBoolean())
          .build());
    }
    if (r.nextBoolean()) {
      b.merchant(MerchantContext.builder().merchantId("M-" + r.nextInt(99)).storeId("s-" + r.nextInt(9))
          .originalStoreId("s-" + r.nextInt(9)).chainId("chain").build());
    }
    if (r.nextBoolean()) b.time(ZonedDateTime.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), 0, 0, 0, ZoneOffset.ofHours(8)));
    if (r.nextBoolean()) b.attempt(1 + r.nextInt(5));
    if (r.nextBoolean()) b.cardAttemptsInWindow(1 + r.nextInt(40));
    return b.build();
  }

  @Test
  void everyOutcomeComesBackEqualFromTheContract() {
    OutcomeSerde serde = new OutcomeSerde();
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      TransactionOutcome o = outcome(seed);
      byte[] bytes = serde.serializer().serialize("auth", o);
      assertThat(serde.deserializer().deserialize("auth", bytes)).isEqualTo(o);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("4111111111111111");
    });
  }

  @Test
  void aBrokenRecordIsASerializationErrorNamingTheField() {
    assertThatThrownBy(() -> new OutcomeSerde().deserializer()
            .deserialize("auth", "{\"network\":\"VISA\",\"cvv\":\"123\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("cvv").hasMessageNotContaining("123");
  }
}
