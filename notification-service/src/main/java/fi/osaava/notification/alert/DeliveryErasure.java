package fi.osaava.notification.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import fi.osaava.notification.recipient.ContactPersonErased;

/**
 * Erases an erased contact person's address from every delivery, sent or not: the address (and its hash)
 * becomes {@code erased:<contact person id>}, and a delivery still under way will not send to it.
 * Idempotent: a second erasure finds nothing.
 */
@Component
class DeliveryErasure {

    private static final Logger log = LoggerFactory.getLogger(DeliveryErasure.class);
    private static final int TRIES_PER_DELIVERY = 5;

    private final MongoTemplate mongo;
    private final Deliveries deliveries;

    DeliveryErasure(MongoTemplate mongo, Deliveries deliveries) {
        this.mongo = mongo;
        this.deliveries = deliveries;
    }

    @EventListener
    void erase(ContactPersonErased erased) {
        Query holding = new Query(Criteria.where("addressees.addressSha256").is(erased.emailSha256()));
        int count = 0;
        for (Delivery delivery : mongo.find(holding, Delivery.class)) {
            eraseFrom(delivery.id(), erased);
            count++;
        }
        log.info("Contact person {} erased from {} deliveries", erased.contactPersonId(), count);
    }

    /** A dispatcher may be saving the same delivery: read it again and retry on a version clash. */
    private void eraseFrom(String deliveryId, ContactPersonErased erased) {
        for (int attempt = 1; ; attempt++) {
            Delivery delivery = deliveries.findById(deliveryId).orElse(null);
            if (delivery == null || !delivery.erase(erased.emailSha256(), erased.contactPersonId())) {
                return;
            }
            try {
                deliveries.save(delivery);
                return;
            } catch (OptimisticLockingFailureException clash) {
                if (attempt >= TRIES_PER_DELIVERY) {
                    throw clash;
                }
            }
        }
    }
}
