package fi.osaava.needs.need;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Needs extends MongoRepository<CompetenceNeed, String> {

    List<CompetenceNeed> findByStatusOrderByCreatedAtDesc(NeedStatus status);

    List<CompetenceNeed> findAllByOrderByCreatedAtDesc();
}
