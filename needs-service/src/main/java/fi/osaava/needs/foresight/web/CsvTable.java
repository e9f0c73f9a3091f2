package fi.osaava.needs.foresight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A table as CSV that a spreadsheet opens right: RFC 4180 (quoted where needed, quotes doubled, CRLF
 * line ends, a header row), UTF-8 with a byte order mark so Excel reads ä and ö, and text cells that
 * a spreadsheet would run as a formula defused with a leading apostrophe (CSV injection: a need's
 * title is anyone's input). Numbers are written as they are.
 */
record CsvTable(List<String> header, List<List<?>> rows) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** OWASP's list: =, +, - and @ start a formula; a tab or carriage return can hide one. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    enum Delimiter {
        COMMA(','), SEMICOLON(';');

        private final char character;

        Delimiter(char character) {
            this.character = character;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Delimiter> of(String code) {
            for (Delimiter delimiter : values()) {
                if (delimiter.code().equals(code)) {
                    return Optional.of(delimiter);
                }
            }
            return Optional.empty();
        }
    }

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    byte[] toBytes(Delimiter delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter.character).setRecordSeparator("\r\n")
                .get();
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header.stream().map(CsvTable::cell));
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
