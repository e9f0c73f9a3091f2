package fi.osaava.catalogue.thesis;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ThesisTopics extends MongoRepository<ThesisTopic, String> {

    Optional<ThesisTopic> findByIdAndOrganisationId(String id, String organisationId);
}
