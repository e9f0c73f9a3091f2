package fi.osaava.catalogue.thesis;

import java.time.Clock;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.contact.ContactHolder;
import fi.osaava.catalogue.listing.HostedItemSearch;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.web.NotFoundException;

/** The thesis topic bank: care organisations offer topics, anyone finds them. */
@Service
public class ThesisTopicManagement implements ContactHolder {

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
        HostedItemSearch<ThesisTopic> query = HostedItemSearch.of(ThesisTopic.class).where(
                Criteria.where("status").is(search.status() == null ? ThesisTopicStatus.OPEN : search.status()));
        if (search.field() != null) {
            query.where(Criteria.where("field").is(search.field()));
        }
        if (search.degreeLevel() != null) {
            query.where(Criteria.where("degreeLevels").is(search.degreeLevel()));
        }
        return query.hostedFor(search.competenceArea(), search.region(), search.organisationId())
                .find(mongo, search.text(), search.newestFirst(), page);
    }

    private ThesisTopic owned(String id, String organisationId) {
        return topics.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("Thesis topic", id));
    }

    /** Removes an erased contact person from the thesis topics that name them. */
    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, ThesisTopic.class, emailSha256);
    }
}
