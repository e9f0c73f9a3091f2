package fi.osaava.catalogue.network;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ExpertNetworks extends MongoRepository<ExpertNetwork, String> {

    Optional<ExpertNetwork> findByIdAndOrganisationId(String id, String organisationId);
}
