package fi.osaava.notification.recipient;

import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation as this service knows it, kept current from membership events: enough to
 * decide who is alerted about what, and where to send it.
 */
@Document("recipients")
public record Recipient(
        @Id String organisationId,
        String name,
        String type,
        String status,
        @Indexed List<String> regions,
        Set<String> competenceAreasOffered,
        Set<String> competenceAreasOfInterest,
        Set<String> targetGroups,
        String contactEmail,
        long revision) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    static Recipient from(OrganisationRegisteredMessage m) {
        return new Recipient(m.organisationId(), m.name(), m.type(), m.status(), List.copyOf(m.regions()),
                Set.copyOf(orEmpty(m.competenceAreasOffered())), Set.copyOf(orEmpty(m.competenceAreasOfInterest())),
                Set.copyOf(orEmpty(m.targetGroups())), m.contactEmail(), m.revision());
    }

    private static List<String> orEmpty(@org.jspecify.annotations.Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
