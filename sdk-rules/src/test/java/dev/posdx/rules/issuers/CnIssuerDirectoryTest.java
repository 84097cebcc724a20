package dev.posdx.rules.issuers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.core.spi.IssuerDirectory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CnIssuerDirectoryTest {

  private final CnIssuerDirectory directory = new CnIssuerDirectory();

  private static MaskedPan card(String bin, int length) {
    return MaskedPan.ofMasked(bin + "*".repeat(length - 10) + "1234");
  }

  @Test
  void namesIcbcAndItsHotlineForAnIcbcDebitCard() {
    assertThat(directory.lookup(card("622202", 19)))
        .contains(new Issuer("ICBC", "中国工商银行", Optional.of("95588")));
  }

  @Test
  void acceptsAFullCardNumberMaskedOnEntry() {
    // 622848 is an Agricultural Bank of China debit range of 19 digits.
    MaskedPan pan = MaskedPan.of("6228 4800 0000 0000 006");
    assertThat(directory.lookup(pan)).map(Issuer::id).contains("ABC");
    assertThat(directory.lookup(pan)).flatMap(Issuer::hotline).contains("95599");
  }

  @Test
  void tellsTheTwoBanksOf622309ApartByCardLength() {
    assertThat(directory.lookup("622309", 18)).map(Issuer::id).contains("ICBC");
    assertThat(directory.lookup("622309", 19)).map(Issuer::id).contains("CZBANK");
    assertThat(directory.lookup("622309", 16)).isEmpty();
  }

  @Test
  void leavesTheHotlineEmptyWhenNoSourceGivesOne() {
    Issuer zheshang = directory.lookup("622309", 19).orElseThrow();
    assertThat(zheshang.name()).isEqualTo("浙商银行");
    assertThat(zheshang.hotline()).isEmpty();
  }

  @Test
  void usesTheCurrentNameOfAMajorBankNotTheDatasetsOldOne() {
    // The BIN dataset still calls China Guangfa Bank by its former name.
    assertThat(directory.lookup("622568", 19)).map(Issuer::name).contains("广发银行");
  }

  @Test
  void matchesPrefixesShorterThanSixDigits() {
    // 9558 and 95588 are both listed for ICBC 19-digit cards; 95599 for ABC.
    assertThat(directory.lookup("955812", 19)).map(Issuer::id).contains("ICBC");
    assertThat(directory.lookup("955880", 19)).map(Issuer::id).contains("ICBC");
    assertThat(directory.lookup("955990", 19)).map(Issuer::id).contains("ABC");
  }

  @Test
  void saysItDoesNotKnowWhenLongerPrefixesSplitTheSixDigitsBetweenBanks() {
    // 621059 is Jiangnan Rural Commercial Bank, but 62105900 and 62105901 are two other banks.
    assertThat(directory.lookup("621059", 16)).isEmpty();
    // 621241 is Bank of Suzhou, and so are all its longer prefixes: the answer stands.
    assertThat(directory.lookup("621241", 19)).map(Issuer::id).contains("BOSZ");
  }

  @Test
  void theLongestPrefixWins() throws IOException {
    CnIssuerDirectory table =
        CnIssuerDirectory.read(
            new StringReader(
                "# test table\n"
                    + CnIssuerDirectory.HEADER + "\n"
                    + "62\t16\tSHORT\t短前缀银行\t\n"
                    + "6221\t16\tMID\t中前缀银行\t12345\n"
                    + "622100\t16\tLONG\t长前缀银行\t\n"),
            "test.tsv");
    assertThat(table.lookup("622100", 16)).map(Issuer::id).contains("LONG");
    assertThat(table.lookup("622199", 16)).map(Issuer::id).contains("MID");
    assertThat(table.lookup("629999", 16)).map(Issuer::id).contains("SHORT");
    assertThat(table.lookup("622100", 19)).isEmpty();
    assertThat(table.size()).isEqualTo(3);
  }

  @Test
  void refusesABadTableNamingLineColumnAndField() {
    String bad = CnIssuerDirectory.HEADER + "\n622202\t19\tICBC\t中国工商银行\t95588\n622203\t21\tICBC\t中国工商银行\t\n";
    assertThatThrownBy(() -> CnIssuerDirectory.read(new StringReader(bad), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 3, column 2 (pan_length)")
        .hasMessageContaining("\"21\"");
  }

  @Test
  void refusesTheSamePrefixAndLengthTwice() {
    String twice = CnIssuerDirectory.HEADER + "\n622202\t19\tICBC\t中国工商银行\t\n622202\t19\tABC\t中国农业银行\t\n";
    assertThatThrownBy(() -> CnIssuerDirectory.read(new StringReader(twice), "twice.tsv"))
        .hasMessageContaining("twice.tsv line 3: prefix 622202 with length 19 is already on line 2");
  }

  @Test
  void refusesATableWithoutItsHeader() {
    assertThatThrownBy(() -> CnIssuerDirectory.read(new StringReader("622202\t19\tICBC\tx\t\n"), "nohead.tsv"))
        .hasMessageContaining("nohead.tsv line 1: expected the header");
  }

  @Test
  void reachesEveryPrefixLongerThanSixDigitsGivenThoseDigits() throws IOException {
    // Sweep the shipped table: every row listed with more than six digits answers for its own
    // digits (and for any longer run of leading digits that starts with them).
    List<String[]> longRows = shippedRows().stream().filter(r -> r[0].length() > 6).toList();
    assertThat(longRows).hasSizeGreaterThan(50);
    for (String[] row : longRows) {
      int length = Integer.parseInt(row[1]);
      assertThat(directory.lookup(row[0], length)).as("prefix %s, length %s", row[0], length).map(Issuer::id).contains(row[2]);
      String tenDigits = (row[0] + "0000000000").substring(0, 10);
      if (longRows.stream().noneMatch(o -> o != row && o[1].equals(row[1]) && o[0].length() > row[0].length() && tenDigits.startsWith(o[0]))) {
        assertThat(directory.lookup(tenDigits, length)).as("digits %s, length %s", tenDigits, length).map(Issuer::id).contains(row[2]);
      }
    }
  }

  @Test
  void aLongerRunOfDigitsDecidesWhatSixDigitsCannot() {
    // 621059 alone is split between three banks at 16 digits; eight digits tell them apart.
    assertThat(directory.lookup("621059", 16)).isEmpty();
    assertThat(directory.lookup("62105900", 16)).map(Issuer::id).contains("XHRCB");
    assertThat(directory.lookup("62105901", 16)).map(Issuer::id).contains("SLRCB");
    // Digits that extend none of the longer prefixes fall back to the six-digit bank.
    assertThat(directory.lookup("62105999", 16)).map(Issuer::id).contains("JRCB");
  }

  @Test
  void refusesMoreThanTenLeadingDigitsWithoutEchoingThem() {
    assertThatThrownBy(() -> directory.lookup("62220212345", 19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6-10 leading digits")
        .hasMessageNotContaining("62220212345");
  }

  private static List<String[]> shippedRows() throws IOException {
    try (var in = CnIssuerDirectory.class.getResourceAsStream(CnIssuerDirectory.RESOURCE);
        var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      return lines.lines()
          .filter(l -> !l.startsWith("#") && !l.equals(CnIssuerDirectory.HEADER) && !l.isBlank())
          .map(l -> l.split("\t", -1))
          .toList();
    }
  }

  @Test
  void refusesABinThatIsNotSixDigitsWithoutEchoingIt() {
    assertThatThrownBy(() -> directory.lookup("6222021234567890123", 19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("6222021234567890123");
  }

  @Test
  void shipsEveryPrefixOfTheSourceTable() {
    assertThat(directory.size()).isEqualTo(1709);
  }

  @Test
  void isFoundThroughServiceLoader() {
    assertThat(ServiceLoader.load(IssuerDirectory.class))
        .anyMatch(d -> d instanceof CnIssuerDirectory);
  }

  @Test
  void letsADiagnosisThatSendsTheCardholderToTheIssuerNameTheBank() {
    Rule refer =
        new Rule(
            "refer",
            List.of(Matcher.ResponseCodeIn.of("01")),
            Conclusion.of(Cause.of("issuer.refer"), Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never(), true),
            List.of());
    Diagnoser diagnoser =
        Diagnoser.builder()
            .addPack(RulePack.of("test", "1", Scope.BASE, List.of(new PackSource("test", "1")), List.of(refer), "test"))
            .issuerDirectory(directory)
            .build();

    Diagnosis d =
        diagnoser.diagnose(TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("621700*********1234").build());

    assertThat(d.issuer()).map(Issuer::name).contains("中国建设银行");
    assertThat(d.issuer()).flatMap(Issuer::hotline).contains("95533");
  }
}
