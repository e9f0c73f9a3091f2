package fi.osaava.catalogue.thesis;

import java.time.Clock;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.listing.HostedItemManagement;
import fi.osaava.catalogue.listing.HostedItemSearch;
import fi.osaava.kit.search.SearchResult;

/** The thesis topic bank: care organisations offer topics, anyone finds them. */
@Service
public class ThesisTopicManagement extends HostedItemManagement<ThesisTopic, ThesisTopicDraft> {

    ThesisTopicManagement(ThesisTopics topics, ThesisAccess access, MongoOperations mongo, Clock clock) {
        super(ThesisTopic.class, access, topics, mongo, clock);
    }

    public ThesisTopic open(String organisationId, ThesisTopicDraft draft) {
        return add(now -> ThesisTopic.open(organisationId, draft, now));
    }

    public ThesisTopic changeStatus(String id, String organisationId, ThesisTopicStatus status) {
        return change(id, organisationId, (topic, now) -> topic.changeStatus(status, now));
    }

    public SearchResult<ThesisTopic> search(ThesisTopicSearch search, Pageable page) {
        HostedItemSearch<ThesisTopic> query = query().where(
                Criteria.where("status").is(search.status() == null ? ThesisTopicStatus.OPEN : search.status()));
        if (search.field() != null) {
            query.where(Criteria.where("field").is(search.field()));
        }
        if (search.degreeLevel() != null) {
            query.where(Criteria.where("degreeLevels").is(search.degreeLevel()));
        }
        return query.hostedFor(search.competenceArea(), search.region(), search.organisationId())
                .find(mongo(), search.text(), search.newestFirst(), page);
    }
}
