package fi.osaava.notification.recipient;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Recipients extends MongoRepository<Recipient, String> {

    /** Candidates for a regional alert: the active organisations serving the region. */
    List<Recipient> findByRegionsContainingAndStatus(String region, String status);

    List<Recipient> findAllByOrderByNameAsc(Pageable page);
}
