package fi.osaava.membership.governance.web;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.LocalisedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A title in Finnish and optionally in Swedish and English. */
record TextRequest(@NotBlank @Size(max = 200) @Nullable String fi,
                   @Size(max = 200) @Nullable String sv,
                   @Size(max = 200) @Nullable String en) {

    /** Called after validation. */
    @SuppressWarnings("NullAway")
    LocalisedText toText() {
        return new LocalisedText(fi.strip(), blankToNull(sv), blankToNull(en));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
