package fi.osaava.membership.governance.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item the coordinator adds, or one a core actor proposes. */
record AgendaItemRequest(@NotBlank @Size(max = 200) @Nullable String title,
                         @Size(max = 4000) @Nullable String description) {

    @SuppressWarnings("NullAway")
    String cleanTitle() {
        return title.strip();
    }

    String cleanDescription() {
        return description == null ? "" : description.strip();
    }
}
