package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Offerings extends MongoRepository<Offering, String> {

    Optional<Offering> findByFeedKey(String feedKey);

    List<Offering> findByFeedKeyIn(Collection<String> feedKeys);

    /** Ids only: the archiving job loads and archives each one on its own. */
    @Query(value = "{ status: 'PUBLISHED', endsAt: { $lt: ?0 } }", fields = "{ _id: 1 }")
    List<OfferingId> findPublishedEndedBefore(Instant now, Pageable page);

    record OfferingId(String id) {
    }

    @Query(value = "{ $or: [ { status: 'PUBLISHED' }, { providerOrganisationId: ?0 } ] }", sort = "{ createdAt: -1 }")
    List<Offering> findVisibleTo(String organisationId, Pageable page);

    List<Offering> findByStatusAndProviderOrganisationIdOrderByCreatedAtDesc(OfferingStatus status,
                                                                             String providerOrganisationId, Pageable page);

    List<Offering> findByStatusOrderByCreatedAtDesc(OfferingStatus status, Pageable page);
}
