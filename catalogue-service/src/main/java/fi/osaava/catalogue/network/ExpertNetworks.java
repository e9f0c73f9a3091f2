package fi.osaava.catalogue.network;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ExpertNetworks extends MongoRepository<ExpertNetwork, String> {
}
