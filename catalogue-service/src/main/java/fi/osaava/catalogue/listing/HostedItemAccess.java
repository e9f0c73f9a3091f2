package fi.osaava.catalogue.listing;

import java.util.List;

import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with a kind of hosted item, the same for every kind: anyone finds and reads them
 * ({@code GET <path>}, {@code GET <path>/{id}}); a member organisation or the coordinator adds one
 * ({@code POST <path>}), revises it ({@code PUT <path>/{id}}) and changes its status
 * ({@code POST <path>/{id}/<statusAction>}); and only the hosting organisation changes an item: to anyone else it is
 * not there to change (404). Each kind's {@code <Kind>Access} names its path and status action.
 */
public abstract class HostedItemAccess implements FeatureAccess {

    private static final List<String> MEMBER_OR_COORDINATOR = List.of(Actor.MEMBER, Actor.COORDINATOR);

    private final String path;
    private final String statusAction;
    private final String noun;

    /**
     * @param path         the kind's collection path, such as {@code /api/networks}
     * @param statusAction the last segment of its status change, such as {@code close}
     * @param noun         how an item is named in a refusal, such as {@code "Network"}
     */
    protected HostedItemAccess(String path, String statusAction, String noun) {
        this.path = path;
        this.statusAction = statusAction;
        this.noun = noun;
    }

    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get(path, path + "/*");
    }

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_COORDINATOR, path, path + "/*/" + statusAction)
                .and(RoleEndpoints.of(HttpMethod.PUT, MEMBER_OR_COORDINATOR, path + "/*"));
    }

    /** How an item of this kind is named in a refusal or a 404, such as {@code "Network"}. */
    public String noun() {
        return noun;
    }

    /** Only the hosting organisation revises an item or changes its status. */
    public void requireHost(HostedItem<?> item, String organisationId) {
        if (!item.organisationId().equals(organisationId)) {
            throw new NotFoundException(noun, item.id());
        }
    }
}
