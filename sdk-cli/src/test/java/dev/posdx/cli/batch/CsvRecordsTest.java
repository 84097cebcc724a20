package dev.posdx.cli.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<CsvRecords.Row> read(String csv) {
    CsvRecords records = new CsvRecords();
    List<CsvRecords.Row> rows = new ArrayList<>();
    String[] lines = csv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      byte[] b = lines[i].getBytes(UTF_8);
      records.line(i + 1, b, b.length).ifPresent(rows::add);
    }
    records.finish().ifPresent(rows::add);
    return rows;
  }

  private static String json(CsvRecords.Row row) {
    assertThat(row).isInstanceOf(CsvRecords.Record.class);
    return ((CsvRecords.Record) row).json().toString();
  }

  @Test
  void nestsDottedColumnsAndTypesNumbersAndBooleans() {
    List<CsvRecords.Row> rows = read(
        "network,responseCode,terminal.latencyMs,terminal.inputTimedOut,merchant.storeId,attempt\n"
            + "UNIONPAY,05,1200,false,s-001,2");
    assertThat(rows).hasSize(1);
    assertThat(json(rows.get(0))).isEqualTo(
        "{\"network\":\"UNIONPAY\",\"responseCode\":\"05\",\"terminal\":{\"latencyMs\":1200,\"inputTimedOut\":false},"
            + "\"merchant\":{\"storeId\":\"s-001\"},\"attempt\":2}");
    assertThat(rows.get(0).line()).isEqualTo(2);
  }

  @Test
  void anEmptyCellIsUnknownAndCodesKeepTheirZeros() {
    List<CsvRecords.Row> rows = read("network,responseCode,amount,currency\nVISA,00,,\n");
    assertThat(json(rows.get(0))).isEqualTo("{\"network\":\"VISA\",\"responseCode\":\"00\"}");
  }

  @Test
  void aNumberThatDoesNotParseStaysTextForTheContractToName() {
    List<CsvRecords.Row> rows = read("network,terminal.latencyMs\nVISA,slow");
    assertThat(json(rows.get(0))).isEqualTo("{\"network\":\"VISA\",\"terminal\":{\"latencyMs\":\"slow\"}}");
  }

  @Test
  void quotedCellsHoldCommasQuotesAndLineBreaks() {
    List<CsvRecords.Row> rows = read("network,merchant.storeId,responseCode\n\"VISA\",\"s,1 \"\"x\"\"\nnext\",05\nJCB,s2,51");
    assertThat(rows).hasSize(2);
    assertThat(json(rows.get(0))).isEqualTo(
        "{\"network\":\"VISA\",\"merchant\":{\"storeId\":\"s,1 \\\"x\\\"\\nnext\"},\"responseCode\":\"05\"}");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsThatRowsErrorOnly() {
    List<CsvRecords.Row> rows = read("network,responseCode\nVISA\nVISA,05");
    assertThat(rows.get(0)).isInstanceOf(CsvRecords.Bad.class);
    assertThat(((CsvRecords.Bad) rows.get(0)).error().message()).contains("1 cells").contains("header has 2");
    assertThat(json(rows.get(1))).contains("\"05\"");
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheEnd() {
    List<CsvRecords.Row> rows = read("network,responseCode\nVISA,\"05");
    assertThat(rows).hasSize(1);
    assertThat(((CsvRecords.Bad) rows.get(0)).error().message()).contains("never closed");
  }

  @Test
  void nonUtf8BytesSpoilOnlyTheirRow() {
    CsvRecords records = new CsvRecords();
    byte[] header = "network,responseCode".getBytes(UTF_8);
    records.line(1, header, header.length);
    byte[] bad = {'V', 'I', 'S', 'A', ',', (byte) 0xFF};
    assertThat(records.line(2, bad, bad.length)).get().isInstanceOf(CsvRecords.Bad.class);
    byte[] good = "VISA,05".getBytes(UTF_8);
    assertThat(records.line(3, good, good.length)).get().isInstanceOf(CsvRecords.Record.class);
  }

  @Test
  void anUnusableHeaderStopsTheRun() {
    assertThatThrownBy(() -> read("network,,responseCode\nVISA,,05"))
        .hasMessageContaining("column 2").hasMessageContaining("empty field name");
    assertThatThrownBy(() -> read("network,network\nVISA,VISA")).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> read("terminal,terminal.reader\nx,OK")).hasMessageContaining("parent");
  }
}
