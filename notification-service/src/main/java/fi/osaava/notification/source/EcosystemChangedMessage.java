package fi.osaava.notification.source;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** This service's reading of {@value #FOUNDED} and {@value #UPDATED}: the ecosystem's regions. Unknown fields pass. */
public record EcosystemChangedMessage(@NotBlank String ecosystemId, @NotNull List<String> regions) {

    public static final String FOUNDED = "fi.osaava.membership.ecosystem.founded.v1";
    public static final String UPDATED = "fi.osaava.membership.ecosystem.updated.v1";
}
