package fi.osaava.needs.need;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Needs extends MongoRepository<CompetenceNeed, String> {

    Optional<CompetenceNeed> findByIdAndReportingOrganisationId(String id, String reportingOrganisationId);

    @Query(value = "{ $or: [ { status: 'PUBLISHED' }, { reportingOrganisationId: ?0 } ] }", sort = "{ createdAt: -1 }")
    List<CompetenceNeed> findVisibleTo(String organisationId, Pageable page);

    List<CompetenceNeed> findByStatusOrderByCreatedAtDesc(NeedStatus status, Pageable page);

    List<CompetenceNeed> findByStatusAndReportingOrganisationIdOrderByCreatedAtDesc(NeedStatus status,
                                                                                    String reportingOrganisationId,
                                                                                    Pageable page);
}
