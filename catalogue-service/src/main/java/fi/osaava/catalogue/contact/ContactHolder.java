package fi.osaava.catalogue.contact;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A feature whose documents name a {@link ContactPerson}: it removes an erased person from its own documents
 * (the item stays, without its contact). Running it again finds nothing, so a redelivered event is harmless.
 */
public interface ContactHolder {

    /** @return how many documents named the person */
    long eraseContact(String emailSha256);

    /** For documents that keep their contact under {@code contact}, with the address's hash indexed. */
    static long eraseFrom(MongoOperations mongo, Class<?> documents, String emailSha256) {
        return mongo.updateMulti(Query.query(Criteria.where("contact.emailSha256").is(emailSha256)),
                new Update().unset("contact"), documents).getModifiedCount();
    }
}
