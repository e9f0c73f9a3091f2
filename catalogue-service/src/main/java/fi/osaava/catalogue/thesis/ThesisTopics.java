package fi.osaava.catalogue.thesis;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ThesisTopics extends MongoRepository<ThesisTopic, String> {
}
