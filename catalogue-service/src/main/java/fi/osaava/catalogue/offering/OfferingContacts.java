package fi.osaava.catalogue.offering;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import fi.osaava.catalogue.contact.ContactHolder;

/** Removes an erased contact person from the offerings that name them. */
@Component
class OfferingContacts implements ContactHolder {

    private final MongoOperations mongo;

    OfferingContacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, Offering.class, emailSha256);
    }
}
