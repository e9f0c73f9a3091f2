package fi.osaava.portal.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item the coordinator adds, with the limits of membership-service's request. */
public record AgendaItemForm(@NotBlank @Size(max = 200) @Nullable String title,
                             @Size(max = 4000) @Nullable String description) {

    static AgendaItemForm empty() {
        return new AgendaItemForm(null, null);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("description", description);
        return request;
    }
}
