package fi.osaava.membership.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Organisations extends MongoRepository<Organisation, String>, OrganisationDirectory {

    Optional<Organisation> findByBusinessId(String businessId);

    List<Organisation> findAllByOrderByNameAsc(Pageable page);

    List<Organisation> findByStatusOrderByNameAsc(MembershipStatus status, Pageable page);

    /** One participation with both: the ecosystem and the status (not two participations with one each). */
    @Query(value = "{ 'participations': { $elemMatch: { 'ecosystemId': ?0, 'status': ?1 } } }",
            sort = "{ 'registeredAt': 1 }")
    List<Organisation> findByParticipation(String ecosystemId, String status, Pageable page);
}
