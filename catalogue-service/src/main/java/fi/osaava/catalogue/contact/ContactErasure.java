package fi.osaava.catalogue.contact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Removes an erased person from every catalogue document that names them as its contact: thesis
 * topics, networks and offerings (the item stays, without its contact). One update per collection, by the
 * address's hash; running it again finds nothing, so a redelivered event is harmless.
 */
@Service
public class ContactErasure {

    /** Collections whose documents have a {@code contact} with {@code emailSha256}. */
    static final java.util.List<String> COLLECTIONS = java.util.List.of("thesis_topics", "expert_networks", "offerings");

    private static final Logger log = LoggerFactory.getLogger(ContactErasure.class);

    private final MongoOperations mongo;

    ContactErasure(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long erase(ContactErased erased) {
        long changed = 0;
        for (String collection : COLLECTIONS) {
            changed += mongo.updateMulti(Query.query(Criteria.where("contact.emailSha256").is(erased.emailSha256())),
                    new Update().unset("contact"), collection).getModifiedCount();
        }
        log.info("Erased contact person {} from {} catalogue item(s)", erased.contactPersonId(), changed);
        return changed;
    }
}
