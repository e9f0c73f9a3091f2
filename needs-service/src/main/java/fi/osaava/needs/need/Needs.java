package fi.osaava.needs.need;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Needs extends MongoRepository<CompetenceNeed, String>, NeedQueries {

    /** Open needs in any of these areas: the candidates an offering may cover. */
    List<CompetenceNeed> findByStatusInAndCompetenceAreasIn(Collection<NeedStatus> statuses, Collection<String> areas);

    /** Open needs that an offering covers now. */
    List<CompetenceNeed> findByStatusInAndCoveringOfferingsOfferingId(Collection<NeedStatus> statuses, String offeringId);

    List<CompetenceNeed> findByStatusIn(Collection<NeedStatus> statuses);
}
