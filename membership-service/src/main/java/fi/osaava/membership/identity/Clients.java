package fi.osaava.membership.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Clients extends MongoRepository<Client, String> {

    List<Client> findByOrganisationIdOrderByCreatedAtAsc(String organisationId);

    Optional<Client> findByClientIdAndOrganisationId(String clientId, String organisationId);
}
