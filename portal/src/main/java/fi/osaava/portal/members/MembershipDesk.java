package fi.osaava.portal.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;

/**
 * What the members desk asks membership-service, with the coordinator's token: few calls a page, each a sorted,
 * limited list the service serves (its largest page is 200).
 */
@Component
public class MembershipDesk {

    /** membership-service's largest page. */
    static final int PAGE_SIZE = 200;
    /** Pages of a list read for one page at most; beyond, the page says the list was cut. */
    static final int MAX_PAGES = 5;

    private final ServiceApis apis;

    MembershipDesk(ServiceApis apis) {
        this.apis = apis;
    }

    /** The ecosystem's pending applications, oldest first. */
    List<Application> applications(String ecosystemId) {
        Application[] found = apis.of(OsaavaService.MEMBERSHIP).get()
                .uri("/api/ecosystems/{id}/applications?size={size}", ecosystemId, PAGE_SIZE)
                .retrieve().body(Application[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    /**
     * The organisations active or suspended in the ecosystem. The public directory lists only the active ones, so
     * this reads the member list, which shows the coordinator every record with its participations.
     */
    public Roster roster(String ecosystemId) {
        List<Member> members = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Member[] found = apis.of(OsaavaService.MEMBERSHIP).get()
                    .uri(apis.url(OsaavaService.MEMBERSHIP, UriComponentsBuilder.fromPath("/api/organisations")
                            .queryParam("page", page).queryParam("size", PAGE_SIZE)))
                    .retrieve().body(Member[].class);
            List<Member> onPage = found == null ? List.of() : Arrays.asList(found);
            members.addAll(onPage);
            if (onPage.size() < PAGE_SIZE) {
                return Roster.of(ecosystemId, members, false);
            }
        }
        return Roster.of(ecosystemId, members, true);
    }

    /** A decision on a participation: approve, reject, suspend or reinstate, with its body (none for reinstate). */
    void decide(String ecosystemId, String organisationId, String decision, @Nullable Map<String, Object> body) {
        var request = apis.of(OsaavaService.MEMBERSHIP).post()
                .uri("/api/ecosystems/{id}/participations/{organisation}/{decision}", ecosystemId, organisationId,
                        decision);
        (body == null ? request : request.body(body)).retrieve().toBodilessEntity();
    }

    /** The ecosystem's passive members, oldest first, up to the limit; {@code truncated} when there are more. */
    PassiveMembers passiveMembers(String ecosystemId) {
        List<PassiveMember> members = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PassiveMember[] found = apis.of(OsaavaService.MEMBERSHIP).get()
                    .uri("/api/ecosystems/{id}/passive-members?page={page}&size={size}", ecosystemId, page, PAGE_SIZE)
                    .retrieve().body(PassiveMember[].class);
            List<PassiveMember> onPage = found == null ? List.of() : Arrays.asList(found);
            members.addAll(onPage);
            if (onPage.size() < PAGE_SIZE) {
                return new PassiveMembers(members, false);
            }
        }
        return new PassiveMembers(members, true);
    }

    void erasePassiveMember(String ecosystemId, String memberId) {
        apis.of(OsaavaService.MEMBERSHIP).delete()
                .uri("/api/ecosystems/{id}/passive-members/{member}", ecosystemId, memberId)
                .retrieve().toBodilessEntity();
    }

    List<SystemClient> clients(String organisationId) {
        SystemClient[] found = apis.of(OsaavaService.MEMBERSHIP).get()
                .uri("/api/organisations/{id}/clients", organisationId).retrieve().body(SystemClient[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** A new system client of the organisation, with its secret: membership-service's one answer that holds it. */
    IssuedClient createClient(String organisationId, @Nullable String replaces) {
        IssuedClient issued = apis.of(OsaavaService.MEMBERSHIP).post()
                .uri("/api/organisations/{id}/clients", organisationId).retrieve().body(IssuedClient.class);
        if (issued == null) {
            throw new IllegalStateException("membership-service answered no client");
        }
        return new IssuedClient(issued.clientId(), issued.clientSecret(), replaces);
    }

    void revokeClient(String organisationId, String clientId) {
        apis.of(OsaavaService.MEMBERSHIP).post()
                .uri("/api/organisations/{id}/clients/{client}/revoke", organisationId, clientId)
                .retrieve().toBodilessEntity();
    }
}
