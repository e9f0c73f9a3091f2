package fi.osaava.catalogue.offering;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Offerings extends MongoRepository<Offering, String> {

    List<Offering> findAllByOrderByCreatedAtDesc();

    List<Offering> findByStatusOrderByCreatedAtDesc(OfferingStatus status);
}
