package fi.osaava.catalogue.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.search.TextQuery;
import fi.osaava.kit.search.TextSearches;
import fi.osaava.kit.web.NotFoundException;

/** Expert and supervisor networks: members host them, anyone finds them. */
@Service
public class NetworkManagement {

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
        List<Criteria> filters = new ArrayList<>();
        if (!search.includeClosed()) {
            filters.add(Criteria.where("active").is(true));
        }
        if (search.kind() != null) {
            filters.add(Criteria.where("kind").is(search.kind()));
        }
        if (search.competenceArea() != null) {
            filters.add(Criteria.where("competenceAreas").in(ReferenceData.get().withNarrower(search.competenceArea())));
        }
        if (search.region() != null) {
            filters.add(Criteria.where("regions").is(search.region()));
        }
        Criteria all = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        TextQuery text = search.text() == null ? null : TextQuery.of(search.text());
        return TextSearches.search(mongo, ExpertNetwork.class, all, text, !search.newestFirst(), ExpertNetwork::search,
                page, Sort.by(Sort.Direction.DESC, "createdAt"));
    }

    private ExpertNetwork owned(String id, String organisationId) {
        return networks.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("Network", id));
    }
}
