package fi.osaava.membership.identity;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Clients extends MongoRepository<Client, String> {

    List<Client> findByOrganisationIdOrderByCreatedAtAsc(String organisationId);
}
