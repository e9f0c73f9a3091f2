package fi.osaava.portal.meetings;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Scheduling a meeting, with the limits of membership-service's meeting request (checked here first, so the errors
 * are in the person's language). Times are Finnish wall-clock times; themes one a line. Whether it starts in the
 * future and ends after it starts, membership-service decides; its refusals come back beside these fields.
 */
public record MeetingForm(
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
        @Nullable LocalDateTime startsAt,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
        @Nullable LocalDateTime endsAt,
        @Size(max = 300) @Nullable String place,
        @Size(max = 500) @Pattern(regexp = "https://\\S+") @Nullable String onlineUrl,
        @Size(max = 120) @Nullable String chairName,
        @Size(max = 100) @Nullable String chairOrganisationId,
        @Size(max = 2000) @Nullable String themes) {

    static final int MAX_THEMES = 10;

    static MeetingForm empty() {
        return new MeetingForm(null, null, null, null, null, null, null, null);
    }

    /** The rules joining fields, beside the field they concern: a place, an online link or both; ten themes at most. */
    void checkTogether(org.springframework.validation.Errors errors) {
        if (place == null && onlineUrl == null && !errors.hasFieldErrors("onlineUrl")) {
            errors.rejectValue("place", "gov.meetings.field.place.needed");
        }
        if (themeList().size() > MAX_THEMES) {
            errors.rejectValue("themes", "gov.meetings.field.themes.too-many", new Object[] {MAX_THEMES}, null);
        }
    }

    List<String> themeList() {
        return themes == null ? List.of() : Arrays.stream(themes.split("\\R")).map(String::strip)
                .filter(theme -> !theme.isEmpty()).distinct().toList();
    }

    /** membership-service's {@code MeetingRequest}: times with their Finnish offset. */
    @SuppressWarnings("NullAway")
    Map<String, Object> toRequest() {
        Map<String, Object> chair = new LinkedHashMap<>();
        chair.put("name", chairName);
        chair.put("organisationId", chairOrganisationId);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("startsAt", startsAt.atZone(Meeting.HELSINKI).toOffsetDateTime().toString());
        request.put("endsAt", endsAt.atZone(Meeting.HELSINKI).toOffsetDateTime().toString());
        request.put("place", place);
        request.put("onlineUrl", onlineUrl);
        request.put("chair", chair);
        request.put("themes", themeList());
        return request;
    }

    /** The form's field a name of membership-service's request is shown beside; the title when it names none. */
    static String fieldOf(String serviceField) {
        String name = serviceField.replaceFirst("\\[.*$", "");
        return switch (name) {
            case "startsAt", "endsAt", "place", "onlineUrl", "themes" -> name;
            case "chair.name" -> "chairName";
            case "chair.organisationId", "chair" -> "chairOrganisationId";
            default -> "title";
        };
    }
}
