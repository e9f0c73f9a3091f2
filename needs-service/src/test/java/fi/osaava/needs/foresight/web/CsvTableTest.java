package fi.osaava.needs.foresight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.needs.foresight.web.CsvTable.Delimiter;

class CsvTableTest {

    static final String BOM = "\uFEFF";

    @Test
    void startsWithAByteOrderMarkAndEndsEveryLineWithCrlf() {
        byte[] bytes = new CsvTable(List.of("area", "learners"), List.of(List.of("Lääkehoito", 12))).toBytes(Delimiter.COMMA);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(BOM + "area,learners\r\nLääkehoito,12\r\n");
    }

    @Test
    void quotesCellsWithTheDelimiterAQuoteOrALineBreakAndDoublesQuotes() {
        String csv = text(new CsvTable(List.of("a", "b", "c", "d"),
                List.of(List.of("Hoito, akuutti", "17\" näyttö", "rivi 1\nrivi 2", "tavallinen"))), Delimiter.COMMA);

        assertThat(csv).isEqualTo(BOM + "a,b,c,d\r\n\"Hoito, akuutti\",\"17\"\" näyttö\",\"rivi 1\nrivi 2\",tavallinen\r\n");
    }

    @Test
    void aSemicolonDelimiterSeparatesWithSemicolonsAndLeavesCommasUnquoted() {
        String csv = text(new CsvTable(List.of("a", "b"), List.of(List.of("Hoito, akuutti", "x;y"))), Delimiter.SEMICOLON);

        assertThat(csv).isEqualTo(BOM + "a;b\r\nHoito, akuutti;\"x;y\"\r\n");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormulaButNotNumbers() {
        String csv = text(new CsvTable(List.of("v"), List.of(List.of("=HYPERLINK(\"http://x\")"), List.of("+358 40 1"),
                List.of("-2+3"), List.of("@SUM(A1)"), List.of("a=b"), List.of(-5))), Delimiter.COMMA);

        assertThat(csv.split("\r\n")).containsExactly(BOM + "v", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+358 40 1",
                "'-2+3", "'@SUM(A1)", "a=b", "-5");
    }

    @Test
    void writesAnEmptyCellForNothing() {
        String csv = text(new CsvTable(List.of("a", "b"), List.of(Arrays.asList("x", null))), Delimiter.COMMA);

        assertThat(csv).isEqualTo(BOM + "a,b\r\nx,\r\n");
    }

    private static String text(CsvTable table, Delimiter delimiter) {
        return new String(table.toBytes(delimiter), StandardCharsets.UTF_8);
    }
}
