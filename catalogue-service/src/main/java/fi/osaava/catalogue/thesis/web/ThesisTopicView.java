package fi.osaava.catalogue.thesis.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.thesis.DegreeLevel;
import fi.osaava.catalogue.thesis.StudyField;
import fi.osaava.catalogue.thesis.ThesisTopic;
import fi.osaava.catalogue.thesis.ThesisTopicStatus;

/** A thesis topic as the API shows it; the contact person only to signed-in callers. */
record ThesisTopicView(String id, String organisationId, String title, String description, StudyField field,
                       List<DegreeLevel> degreeLevels, List<String> competenceAreas, List<String> regions,
                       String language, @Nullable ContactPerson contact, ThesisTopicStatus status, Instant createdAt,
                       Instant updatedAt) {

    static ThesisTopicView of(ThesisTopic topic, boolean signedIn) {
        return new ThesisTopicView(topic.id(), topic.organisationId(), topic.title(), topic.description(),
                topic.field(), topic.degreeLevels(), topic.competenceAreas(), topic.regions(), topic.language(),
                signedIn ? topic.contact() : null, topic.status(), topic.createdAt(), topic.updatedAt());
    }
}
