package fi.osaava.membership.governance.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Meetings extends MongoRepository<Meeting, String> {

    List<Meeting> findByEcosystemIdOrderByDetailsStartsAtAsc(String ecosystemId);

    /** Candidates for the "upcoming" reminder; the aggregate decides. */
    List<Meeting> findByStatusInAndUpcomingRemindedFalseAndDetailsStartsAtBetween(Collection<MeetingStatus> statuses,
                                                                                  Instant from, Instant to);
}
