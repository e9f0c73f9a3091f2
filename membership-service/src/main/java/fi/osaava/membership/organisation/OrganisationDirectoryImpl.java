package fi.osaava.membership.organisation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import fi.osaava.kit.reference.ReferenceData;

/** Spring Data's naming convention makes this the implementation of {@link OrganisationDirectory}. */
class OrganisationDirectoryImpl implements OrganisationDirectory {

    private final MongoTemplate mongo;

    OrganisationDirectoryImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Organisation> directory(DirectoryFilter filter, Pageable page) {
        // ecosystem, status and ring must hold for one and the same participation
        Criteria participation = Criteria.where("status").is(ParticipationStatus.ACTIVE.name());
        if (filter.ecosystemId() != null) {
            participation = participation.and("ecosystemId").is(filter.ecosystemId());
        }
        if (filter.ring() != null) {
            participation = participation.and("ring").is(filter.ring().name());
        }
        Criteria criteria = Criteria.where("participations").elemMatch(participation);
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type().name());
        }
        if (filter.region() != null) {
            criteria = criteria.and("regions").is(filter.region());
        }
        if (filter.competenceArea() != null) {
            criteria = criteria.and("competenceAreasOffered")
                    .in(ReferenceData.get().withNarrower(filter.competenceArea()));
        }
        Query query = new Query(criteria).with(Sort.by("name", "_id"));
        if (page.isPaged()) {
            query.skip(page.getOffset()).limit(page.getPageSize());
        }
        return mongo.find(query, Organisation.class);
    }
}
