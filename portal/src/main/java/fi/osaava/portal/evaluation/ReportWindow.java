package fi.osaava.portal.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Pattern;

/**
 * Which offerings a report covers, by their start day in Helsinki, both days included ({@code ?from=&to=}, ISO dates);
 * either may be left out; and the provider whose report is shown (an organisation id). catalogue-service takes the window as instants, {@code [from, to)}.
 */
public record ReportWindow(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                           @Pattern(regexp = "[A-Za-z0-9_.-]{1,100}") @Nullable String provider) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    boolean inOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The catalogue's query for the window: its path with {@code from} and {@code to} as instants. */
    UriComponentsBuilder query(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (from != null) {
            url.queryParam("from", start(from));
        }
        if (to != null) {
            url.queryParam("to", start(to.plusDays(1)));
        }
        return url;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(HELSINKI).toInstant();
    }
}
