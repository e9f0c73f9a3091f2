package fi.osaava.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * This service's reading of {@value #TYPE}: only the fields the directory needs; unknown fields
 * and unknown enum values (kept as strings) pass, so the producer can grow the event.
 *
 * <p>{@code kind} (education provider, service producer, other) decides which alerts the organisation gets by
 * itself; {@code type} is kept only as membership's label. An event written before membership sent the kind
 * (or one naming a kind this version does not know) is read as {@link OrganisationKind#OTHER}, with a warning in
 * the log: such an organisation gets no alerts by its profile, only those about the needs it reported or endorsed.
 */
public record OrganisationRegisteredMessage(
        @NotBlank String organisationId,
        @NotBlank String name,
        @NotBlank String type,
        @NotBlank String status,
        @NotEmpty List<@NotBlank String> regions,
        @Nullable List<String> competenceAreasOffered,
        @Nullable List<String> competenceAreasOfInterest,
        @Nullable List<String> targetGroups,
        @NotBlank @Email String contactEmail,
        @NotNull @PositiveOrZero Long revision,
        @Nullable String kind) {

    public static final String TYPE = "fi.osaava.membership.organisation.registered.v1";

    private static final Logger log = LoggerFactory.getLogger(OrganisationRegisteredMessage.class);

    /** The kind membership gives the organisation; OTHER, with a warning, when it carries none this version knows. */
    OrganisationKind organisationKind() {
        return OrganisationKind.named(kind).orElseGet(() -> {
            log.warn("Organisation {} (type {}) registered without a kind this version knows ({}): read as {}",
                    organisationId, type, kind, OrganisationKind.OTHER);
            return OrganisationKind.OTHER;
        });
    }
}
