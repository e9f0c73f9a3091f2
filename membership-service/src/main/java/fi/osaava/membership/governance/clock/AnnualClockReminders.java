package fi.osaava.membership.governance.clock;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AnnualClockReminders extends MongoRepository<AnnualClockReminder, String> {
}
