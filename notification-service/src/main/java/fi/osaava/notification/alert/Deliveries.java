package fi.osaava.notification.alert;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Deliveries extends MongoRepository<Delivery, String> {

    List<Delivery> findByNeedIdOrderByCreatedAtAsc(String needId, Pageable page);

    List<Delivery> findByEventIdOrderByCreatedAtAsc(String eventId, Pageable page);

    List<Delivery> findByRecipientIdOrderByCreatedAtDesc(String recipientId, Pageable page);

    List<Delivery> findAllByOrderByCreatedAtDesc(Pageable page);
}
