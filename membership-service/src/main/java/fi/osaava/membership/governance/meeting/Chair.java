package fi.osaava.membership.governance.meeting;

import org.jspecify.annotations.Nullable;

/** Who chairs a meeting: a person by name, an organisation (the seed rotates chairing among them), or both. */
public record Chair(@Nullable String name, @Nullable String organisationId) {
}
