package fi.osaava.notification.subscription;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Subscriptions extends MongoRepository<Subscription, String> {

    List<Subscription> findByOwnerIdAndDeletedFalseOrderByCreatedAtAsc(String ownerId, Pageable page);

    List<Subscription> findByOwnerIdAndSource(String ownerId, Subscription.Source source);

    List<Subscription> findByUpdatedAtGreaterThanEqual(Instant since);

    List<Subscription> findByAddressSha256(String addressSha256);
}
