package fi.osaava.needs.coverage;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PublishedOfferings extends MongoRepository<PublishedOffering, String> {

    List<PublishedOffering> findByStateInAndCompetenceAreasIn(Collection<OfferingState> states, Collection<String> competenceAreas);
}
