package fi.osaava.catalogue.network;

import java.time.Clock;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.listing.HostedItemManagement;
import fi.osaava.catalogue.listing.HostedItemSearch;
import fi.osaava.kit.search.SearchResult;

/** Expert and supervisor networks: members host them, anyone finds them. */
@Service
public class NetworkManagement extends HostedItemManagement<ExpertNetwork, NetworkDraft> {

    NetworkManagement(ExpertNetworks networks, NetworkAccess access, MongoOperations mongo, Clock clock) {
        super(ExpertNetwork.class, access, networks, mongo, clock);
    }

    public ExpertNetwork start(String organisationId, NetworkDraft draft) {
        return add(now -> ExpertNetwork.start(organisationId, draft, now));
    }

    public ExpertNetwork close(String id, String organisationId) {
        return change(id, organisationId, ExpertNetwork::close);
    }

    public SearchResult<ExpertNetwork> search(NetworkSearch search, Pageable page) {
        HostedItemSearch<ExpertNetwork> query = query();
        if (!search.includeClosed()) {
            query.where(Criteria.where("active").is(true));
        }
        if (search.kind() != null) {
            query.where(Criteria.where("kind").is(search.kind()));
        }
        return query.hostedFor(search.competenceArea(), search.region(), null)
                .find(mongo(), search.text(), search.newestFirst(), page);
    }
}
