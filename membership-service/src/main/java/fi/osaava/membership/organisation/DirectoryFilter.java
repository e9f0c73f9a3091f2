package fi.osaava.membership.organisation;

import org.jspecify.annotations.Nullable;

/** The member directory's narrowing; every part is optional. {@code ring} is the ring in the ecosystem. */
public record DirectoryFilter(@Nullable String ecosystemId, @Nullable OrganisationType type, @Nullable Ring ring,
                              @Nullable String region, @Nullable String competenceArea) {
}
