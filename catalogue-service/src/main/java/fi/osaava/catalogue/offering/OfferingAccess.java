package fi.osaava.catalogue.offering;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with offerings. The tray is open to anyone; every write needs one of the roles (a provider's
 * system imports, the coordinator does not). Only the providing organisation changes an offering, and a draft is
 * its provider's alone: to anyone else it does not exist (404, so that its id tells nothing).
 */
@Component
class OfferingAccess implements FeatureAccess {

    static final List<String> ANY_ROLE = List.of(Actor.MEMBER, Actor.SYSTEM, Actor.COORDINATOR);
    static final List<String> MEMBER_OR_SYSTEM = List.of(Actor.MEMBER, Actor.SYSTEM);

    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/offerings", "/api/offerings/*");
    }

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_SYSTEM, "/api/offerings/import")
                .and(RoleEndpoints.of(HttpMethod.POST, ANY_ROLE, "/api/offerings", "/api/offerings/*/publish",
                        "/api/offerings/*/withdraw"))
                .and(RoleEndpoints.of(HttpMethod.PUT, ANY_ROLE, "/api/offerings/*"));
    }

    /** Only the providing organisation revises, publishes or withdraws; to anyone else the offering is not there. */
    void requireProvider(Offering offering, String organisationId) {
        if (!offering.providerOrganisationId().equals(organisationId)) {
            throw new NotFoundException("Offering", offering.id());
        }
    }

    /** Published, withdrawn and archived offerings are anyone's to see; a draft only its provider's. */
    boolean maySee(Offering offering, @Nullable String organisationId) {
        return offering.status() != OfferingStatus.DRAFT || offering.providerOrganisationId().equals(organisationId);
    }
}
