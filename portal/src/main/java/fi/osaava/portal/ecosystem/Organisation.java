package fi.osaava.portal.ecosystem;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An organisation in membership-service's directory, its public card: what anyone may see. Contact persons, which
 * a member's token would add, are not read. Codes stay codes here; the page labels them.
 */
public record Organisation(String id, String name, String type, List<Participation> ecosystems, List<String> regions,
                           List<String> competenceAreasOffered, List<String> competenceAreasOfInterest,
                           @Nullable String website) {

    /** Where it actively takes part: the ecosystem, its ring and roles there. */
    public record Participation(String ecosystemId, String ring, List<String> roles) {

        public Participation {
            roles = roles == null ? List.of() : roles;
        }
    }

    public Organisation {
        ecosystems = ecosystems == null ? List.of() : ecosystems;
        regions = regions == null ? List.of() : regions;
        competenceAreasOffered = competenceAreasOffered == null ? List.of() : competenceAreasOffered;
        competenceAreasOfInterest = competenceAreasOfInterest == null ? List.of() : competenceAreasOfInterest;
    }

    Optional<Participation> in(String ecosystemId) {
        return ecosystems.stream().filter(participation -> participation.ecosystemId().equals(ecosystemId)).findFirst();
    }

    /** Its website as a link, only when it is a web address: the page never links to another kind of URL. */
    public @Nullable String websiteLink() {
        return website != null && (website.startsWith("https://") || website.startsWith("http://")) ? website : null;
    }

    /** Its roles in the ecosystem whose directory shows it. */
    public List<String> rolesIn(String ecosystemId) {
        return in(ecosystemId).map(Participation::roles).orElse(List.of());
    }
}
