package fi.osaava.membership.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Organisations extends MongoRepository<Organisation, String> {

    Optional<Organisation> findByBusinessId(String businessId);

    List<Organisation> findAllByOrderByNameAsc(Pageable page);

    List<Organisation> findByStatusOrderByNameAsc(MembershipStatus status, Pageable page);
}
