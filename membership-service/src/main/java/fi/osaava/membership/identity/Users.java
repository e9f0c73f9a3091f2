package fi.osaava.membership.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Users extends MongoRepository<User, String> {

    Optional<User> findByUsername(String username);

    Optional<User> findByIdAndOrganisationId(String id, String organisationId);

    List<User> findByOrganisationIdOrderByCreatedAtAsc(String organisationId);
}
