package fi.osaava.notification.subscription;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.notification.recipient.ContactPersonErased;

/**
 * An erased person's address leaves every subscription that named it, hand-made ones included (a derived
 * one goes with the person when the directory changes). The subscription is deleted: its address, hash and
 * secrets are dropped, its id stays so that every instance's index hears of it.
 */
@Component
class SubscriptionErasure {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErasure.class);

    private final Subscriptions subscriptions;
    private final SubscriptionIndex index;
    private final Clock clock;

    SubscriptionErasure(Subscriptions subscriptions, SubscriptionIndex index, Clock clock) {
        this.subscriptions = subscriptions;
        this.index = index;
        this.clock = clock;
    }

    @EventListener
    void erase(ContactPersonErased erased) {
        int count = 0;
        for (Subscription found : subscriptions.findByAddressSha256(erased.emailSha256())) {
            OptimisticRetry.run(() -> {
                subscriptions.findById(found.id()).filter(s -> !s.deleted()).ifPresent(subscription -> {
                    subscription.delete(clock.instant());
                    index.refresh(subscriptions.save(subscription));
                });
                return null;
            });
            count++;
        }
        log.info("Contact person {} erased from {} subscriptions", erased.contactPersonId(), count);
    }
}
