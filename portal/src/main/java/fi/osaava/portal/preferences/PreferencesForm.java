package fi.osaava.portal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** The person's choice on one of their subscriptions; notification-service decides whether it is valid. */
public record PreferencesForm(
        @NotEmpty @Nullable List<String> topics,
        @Nullable List<String> competenceAreas,
        @Nullable List<String> regions,
        @NotBlank @Pattern(regexp = "IMMEDIATE|DAILY|WEEKLY") @Nullable String cadence,
        @NotBlank @Pattern(regexp = "fi|sv|en") @Nullable String language) {

    static PreferencesForm of(MySubscription subscription) {
        return new PreferencesForm(subscription.topics(), subscription.competenceAreas(), subscription.regions(),
                subscription.cadence(), subscription.language());
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topics", topics);
        body.put("competenceAreas", competenceAreas == null ? List.of() : competenceAreas);
        body.put("regions", regions == null ? List.of() : regions);
        body.put("cadence", cadence);
        body.put("language", language);
        return body;
    }
}
