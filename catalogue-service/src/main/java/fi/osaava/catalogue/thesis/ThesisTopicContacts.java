package fi.osaava.catalogue.thesis;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import fi.osaava.catalogue.contact.ContactHolder;

/** Removes an erased contact person from the thesis topics that name them. */
@Component
class ThesisTopicContacts implements ContactHolder {

    private final MongoOperations mongo;

    ThesisTopicContacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, ThesisTopic.class, emailSha256);
    }
}
