package fi.osaava.needs.need;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Spring Data's implementation of the {@link NeedQueries} fragment (found by its {@code Impl} suffix). */
class NeedQueriesImpl implements NeedQueries {

    private final MongoOperations mongo;

    NeedQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CompetenceNeed> findVisible(NeedFilter filter, String organisationId, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(Criteria.where("status").ne(NeedStatus.DRAFT),
                Criteria.where("reportingOrganisationId").is(organisationId)));
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            all.add(Criteria.where("status").in(filter.statuses()));
        }
        if (filter.competenceAreas() != null && !filter.competenceAreas().isEmpty()) {
            all.add(Criteria.where("competenceAreas").in(filter.competenceAreas()));
        }
        if (filter.region() != null) {
            all.add(Criteria.where("region").is(filter.region()));
        }
        if (filter.targetGroup() != null) {
            all.add(Criteria.where("targetGroup").is(filter.targetGroup()));
        }
        if (filter.horizon() != null) {
            all.add(Criteria.where("horizon").is(filter.horizon()));
        }
        if (filter.priority() != null) {
            all.add(Criteria.where("priority").is(filter.priority()));
        }
        if (filter.reportingOrganisationId() != null) {
            all.add(Criteria.where("reportingOrganisationId").is(filter.reportingOrganisationId()));
        }
        Query query = new Query(new Criteria().andOperator(all)).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        if (page.isPaged()) {
            query.skip(page.getOffset()).limit(page.getPageSize());
        }
        return mongo.find(query, CompetenceNeed.class);
    }

    @Override
    public List<CompetenceNeed> findOpenInAreasOrCoveredBy(Collection<String> areas, String offeringId) {
        return mongo.find(new Query(Criteria.where("status").in(NeedStatus.OPEN).orOperator(
                Criteria.where("competenceAreas").in(areas),
                Criteria.where("coveringOfferings.offeringId").is(offeringId))), CompetenceNeed.class);
    }
}
