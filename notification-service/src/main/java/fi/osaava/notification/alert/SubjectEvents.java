package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.notification.matching.Topic;

/**
 * The events recorded about one subject (a need, an offering, a meeting), by the subject's id: how the reach of a
 * need finds its {@code NEED_PUBLISHED} event with one read by key. One small document per subject, added to as
 * its events come.
 */
@Document("subject-events")
record SubjectEvents(@Id String subjectId, List<Entry> events) {

    record Entry(String eventId, Topic topic, Instant occurredAt) {
    }

    SubjectEvents {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
