package fi.osaava.catalogue.network;

import java.time.Clock;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.contact.ContactHolder;
import fi.osaava.catalogue.listing.HostedItemSearch;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.web.NotFoundException;

/** Expert and supervisor networks: members host them, anyone finds them. */
@Service
public class NetworkManagement implements ContactHolder {

    private final ExpertNetworks networks;
    private final MongoOperations mongo;
    private final Clock clock;

    NetworkManagement(ExpertNetworks networks, MongoOperations mongo, Clock clock) {
        this.networks = networks;
        this.mongo = mongo;
        this.clock = clock;
    }

    public ExpertNetwork start(String organisationId, NetworkDraft draft) {
        return networks.insert(ExpertNetwork.start(organisationId, draft, clock.instant()));
    }

    public ExpertNetwork revise(String id, String organisationId, NetworkDraft draft) {
        ExpertNetwork network = owned(id, organisationId);
        network.revise(draft, clock.instant());
        return networks.save(network);
    }

    public ExpertNetwork close(String id, String organisationId) {
        ExpertNetwork network = owned(id, organisationId);
        network.close(clock.instant());
        return networks.save(network);
    }

    public ExpertNetwork get(String id) {
        return networks.findById(id).orElseThrow(() -> new NotFoundException("Network", id));
    }

    public SearchResult<ExpertNetwork> search(NetworkSearch search, Pageable page) {
        HostedItemSearch<ExpertNetwork> query = HostedItemSearch.of(ExpertNetwork.class);
        if (!search.includeClosed()) {
            query.where(Criteria.where("active").is(true));
        }
        if (search.kind() != null) {
            query.where(Criteria.where("kind").is(search.kind()));
        }
        return query.hostedFor(search.competenceArea(), search.region(), null)
                .find(mongo, search.text(), search.newestFirst(), page);
    }

    private ExpertNetwork owned(String id, String organisationId) {
        return networks.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("Network", id));
    }

    /** Removes an erased contact person from the networks that name them. */
    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, ExpertNetwork.class, emailSha256);
    }
}
