package fi.osaava.membership.ecosystem;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Ecosystems extends MongoRepository<Ecosystem, String> {

    List<Ecosystem> findAllByOrderByNameAsc();

    List<Ecosystem> findByCoordinatorOrganisationId(String organisationId);
}
