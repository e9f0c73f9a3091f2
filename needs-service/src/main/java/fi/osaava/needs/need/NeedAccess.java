package fi.osaava.needs.need;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with competence needs, in one place.
 * <ul>
 * <li>Reporting and changing needs (create, correct, publish, withdraw, close) is for members and the coordinator;
 * endorsing and answering for members; setting a priority for the coordinator. Each is refused (403) before the
 * request body is read. A system client only reads: reading needs, similar needs, the gap list and a need's
 * coverage only takes a valid token.</li>
 * <li>A draft exists only for its reporting organisation: to anyone else it is not found (404), whatever they ask.</li>
 * <li>Only the reporting organisation publishes, corrects or withdraws its need; to anyone else the need is not
 * found (404).</li>
 * <li>The reporter closes its own open need; the coordinator may close any published one.</li>
 * </ul>
 */
@Component
public class NeedAccess implements FeatureAccess {

    private static final List<String> ORGANISATIONS = List.of(Actor.MEMBER, Actor.COORDINATOR);
    private static final List<String> MEMBERS = List.of(Actor.MEMBER);

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, ORGANISATIONS, "/api/needs", "/api/needs/*/publish",
                        "/api/needs/*/withdraw", "/api/needs/*/close")
                .and(RoleEndpoints.of(HttpMethod.PUT, ORGANISATIONS, "/api/needs/*"))
                .and(RoleEndpoints.of(HttpMethod.PUT, MEMBERS, "/api/needs/*/endorsements/mine"))
                .and(RoleEndpoints.of(HttpMethod.DELETE, MEMBERS, "/api/needs/*/endorsements/mine"))
                .and(RoleEndpoints.of(HttpMethod.POST, MEMBERS, "/api/needs/*/answers"))
                .and(RoleEndpoints.coordinatorOnly(HttpMethod.PUT, "/api/needs/*/priority"));
    }

    /** The organisation sees the need: it is published, or it is the organisation's own draft. */
    public void requireVisible(String organisationId, CompetenceNeed need) {
        if (need.status() == NeedStatus.DRAFT && !need.reportingOrganisationId().equals(organisationId)) {
            throw notFound(need);
        }
    }

    /** The need is published: what others act on (endorse, answer, prioritise). A draft does not exist for them. */
    public void requirePublished(CompetenceNeed need) {
        if (need.status() == NeedStatus.DRAFT) {
            throw notFound(need);
        }
    }

    /** The organisation reported the need: only the reporter publishes, corrects or withdraws it. */
    public void requireReporter(String organisationId, CompetenceNeed need) {
        if (!need.reportingOrganisationId().equals(organisationId)) {
            throw notFound(need);
        }
    }

    /** The reporter closes its own need; the coordinator may close any published one. */
    public void requireMayClose(Actor actor, CompetenceNeed need) {
        if (actor.isCoordinator()) {
            requirePublished(need);
        } else {
            requireReporter(actor.organisationId(), need);
        }
    }

    private static NotFoundException notFound(CompetenceNeed need) {
        return new NotFoundException("Need", need.id());
    }
}
