package fi.osaava.portal.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new e-mail subscription. Empty areas, regions or target groups mean "any", as in the API. */
public record SubscriptionForm(
        @Size(max = 200) @Nullable String name,
        @NotEmpty @Nullable List<String> topics,
        @Nullable List<String> competenceAreas,
        @Nullable List<String> regions,
        @Nullable List<String> targetGroups,
        @NotBlank @Email @Size(max = 254) @Nullable String address,
        @NotBlank @Pattern(regexp = "IMMEDIATE|DAILY|WEEKLY") @Nullable String cadence,
        @NotBlank @Pattern(regexp = "fi|sv|en") @Nullable String language) {

    /** Every topic an e-mail subscription may take, in the order the pages list them. */
    public static final List<String> TOPICS = List.of("NEED_PUBLISHED", "NEED_ANSWERED", "NEED_COVERED", "OFFERING_PUBLISHED",
            "PRE_REGISTRATION_DEADLINE_NEAR", "MEETING_SCHEDULED", "ANNUAL_CLOCK_REMINDER");

    static SubscriptionForm empty(String language) {
        return new SubscriptionForm(null, List.of("NEED_PUBLISHED"), List.of(), List.of(), List.of(), null, "IMMEDIATE",
                language);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("topics", topics);
        body.put("competenceAreas", competenceAreas == null ? List.of() : competenceAreas);
        body.put("regions", regions == null ? List.of() : regions);
        body.put("targetGroups", targetGroups == null ? List.of() : targetGroups);
        body.put("channel", "EMAIL");
        body.put("address", address);
        body.put("cadence", cadence);
        body.put("language", language);
        return body;
    }
}
