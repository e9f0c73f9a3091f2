package fi.osaava.membership.governance.clock;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AnnualClockEntries extends MongoRepository<AnnualClockEntry, String> {

    List<AnnualClockEntry> findByEcosystemId(String ecosystemId);

    List<AnnualClockEntry> findByEcosystemIdAndStatus(String ecosystemId, EntryStatus status);

    List<AnnualClockEntry> findByStatus(EntryStatus status);
}
