package fi.osaava.catalogue.thesis;

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

/** The thesis topic bank: care organisations offer topics, anyone finds them. */
@Service
public class ThesisTopicManagement {

    private final ThesisTopics topics;
    private final MongoOperations mongo;
    private final Clock clock;

    ThesisTopicManagement(ThesisTopics topics, MongoOperations mongo, Clock clock) {
        this.topics = topics;
        this.mongo = mongo;
        this.clock = clock;
    }

    public ThesisTopic open(String organisationId, ThesisTopicDraft draft) {
        return topics.insert(ThesisTopic.open(organisationId, draft, clock.instant()));
    }

    /** Only the owning organisation; to anyone else the topic is not there to change (404). */
    public ThesisTopic revise(String id, String organisationId, ThesisTopicDraft draft) {
        ThesisTopic topic = owned(id, organisationId);
        topic.revise(draft, clock.instant());
        return topics.save(topic);
    }

    public ThesisTopic changeStatus(String id, String organisationId, ThesisTopicStatus status) {
        ThesisTopic topic = owned(id, organisationId);
        topic.changeStatus(status, clock.instant());
        return topics.save(topic);
    }

    public ThesisTopic get(String id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException("Thesis topic", id));
    }

    public SearchResult<ThesisTopic> search(ThesisTopicSearch search, Pageable page) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(Criteria.where("status").is(search.status() == null ? ThesisTopicStatus.OPEN : search.status()));
        if (search.field() != null) {
            filters.add(Criteria.where("field").is(search.field()));
        }
        if (search.degreeLevel() != null) {
            filters.add(Criteria.where("degreeLevels").is(search.degreeLevel()));
        }
        if (search.competenceArea() != null) {
            filters.add(Criteria.where("competenceAreas").in(ReferenceData.get().withNarrower(search.competenceArea())));
        }
        if (search.region() != null) {
            filters.add(Criteria.where("regions").is(search.region()));
        }
        if (search.organisationId() != null) {
            filters.add(Criteria.where("organisationId").is(search.organisationId()));
        }
        TextQuery text = search.text() == null ? null : TextQuery.of(search.text());
        return TextSearches.search(mongo, ThesisTopic.class, new Criteria().andOperator(filters), text,
                !search.newestFirst(), ThesisTopic::search, page, Sort.by(Sort.Direction.DESC, "createdAt"));
    }

    private ThesisTopic owned(String id, String organisationId) {
        return topics.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("Thesis topic", id));
    }
}
