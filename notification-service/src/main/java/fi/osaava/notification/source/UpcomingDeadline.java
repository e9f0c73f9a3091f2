package fi.osaava.notification.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An offering whose pre-registration closes at {@code deadline}: its alert is raised from {@code remindAt}
 * on, once ({@code raisedAt}). A changed deadline is a new reminder.
 */
@Document("upcoming-deadlines")
record UpcomingDeadline(@Id String offeringId, Instant deadline, @Indexed Instant remindAt,
                        OfferingPublishedMessage offering, @Nullable Instant raisedAt) {
}
