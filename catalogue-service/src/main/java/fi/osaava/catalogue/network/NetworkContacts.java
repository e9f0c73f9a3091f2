package fi.osaava.catalogue.network;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import fi.osaava.catalogue.contact.ContactHolder;

/** Removes an erased contact person from the expert networks that name them. */
@Component
class NetworkContacts implements ContactHolder {

    private final MongoOperations mongo;

    NetworkContacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, ExpertNetwork.class, emailSha256);
    }
}
