package fi.osaava.portal.clock;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An annual-clock entry's form, with the limits of membership-service's entry request (checked here first, so the
 * errors are in the person's language). When it comes round: a {@code month}, optionally a {@code day}, optionally
 * until a month (and day); whether a date exists and who may be responsible, membership-service decides, and its
 * refusals come back beside these fields ({@link #fieldOf(String)}).
 */
public record EntryForm(
        @NotBlank @Size(max = 200) @Nullable String titleFi,
        @Size(max = 200) @Nullable String titleSv,
        @Size(max = 200) @Nullable String titleEn,
        @Size(max = 2000) @Nullable String description,
        @NotBlank @Size(max = 100) @Nullable String responsibleOrganisationId,
        @NotNull @Min(1) @Max(12) @Nullable Integer month,
        @Min(1) @Max(31) @Nullable Integer day,
        @Min(1) @Max(12) @Nullable Integer untilMonth,
        @Min(1) @Max(31) @Nullable Integer untilDay,
        @Min(0) @Max(365) @Nullable Integer remindDaysBefore) {

    /** membership-service's default warning time, which the new entry's form proposes. */
    static final int REMIND_DAYS_BEFORE = 14;

    static EntryForm empty() {
        return new EntryForm(null, null, null, null, null, null, null, null, null, REMIND_DAYS_BEFORE);
    }

    static EntryForm of(Entry entry) {
        Entry.Recurrence when = entry.recurrence();
        return new EntryForm(entry.title().get("fi"), entry.title().get("sv"), entry.title().get("en"),
                entry.description(), entry.responsibleOrganisationId(), when.month(), when.day(), when.untilMonth(),
                when.untilDay(), entry.remindDaysBefore());
    }

    /** membership-service's {@code EntryRequest}. */
    Map<String, Object> toRequest() {
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("fi", titleFi);
        title.put("sv", titleSv);
        title.put("en", titleEn);
        Map<String, Object> recurrence = new LinkedHashMap<>();
        recurrence.put("month", month);
        recurrence.put("day", day);
        recurrence.put("untilMonth", untilMonth);
        recurrence.put("untilDay", untilDay);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("description", description);
        request.put("responsibleOrganisationId", responsibleOrganisationId);
        request.put("recurrence", recurrence);
        request.put("remindDaysBefore", remindDaysBefore);
        return request;
    }

    /** The form's field a name of membership-service's request is shown beside; the title's fi when it names none. */
    static String fieldOf(String serviceField) {
        return switch (serviceField) {
            case "title.sv" -> "titleSv";
            case "title.en" -> "titleEn";
            case "description" -> "description";
            case "responsibleOrganisationId" -> "responsibleOrganisationId";
            case "recurrence", "recurrence.month" -> "month";
            case "recurrence.day" -> "day";
            case "recurrence.untilMonth" -> "untilMonth";
            case "recurrence.untilDay" -> "untilDay";
            case "remindDaysBefore" -> "remindDaysBefore";
            default -> "titleFi";
        };
    }
}
