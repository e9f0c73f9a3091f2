package fi.osaava.membership.passive;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PassiveMembers extends MongoRepository<PassiveMember, String> {

    /** The live (PENDING or ACTIVE) member of an ecosystem with this address, by its key. */
    Optional<PassiveMember> findByAddressKey(String addressKey);

    Optional<PassiveMember> findByConfirmationTokenSha256(String sha256);

    Optional<PassiveMember> findByLeaveTokenSha256s(String sha256);

    List<PassiveMember> findByEcosystemIdOrderByJoinedAtAsc(String ecosystemId, Pageable page);
}
