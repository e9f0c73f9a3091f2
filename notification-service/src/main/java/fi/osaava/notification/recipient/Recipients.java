package fi.osaava.notification.recipient;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Recipients extends MongoRepository<Recipient, String> {

    List<Recipient> findAllByOrderByNameAsc(Pageable page);
}
