package fi.osaava.notification.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.inbox.IncomingEvent;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A published need alerts its audience: one delivery per matched organisation, recorded before it is
 * sent. The record's id makes a redelivered event harmless; a delivery that was recorded but not sent
 * (crash, SMTP down) is picked up by the {@link DeliveryRetrier}.
 */
@Service
public class AlertManagement {

    private static final Logger log = LoggerFactory.getLogger(AlertManagement.class);

    private final RecipientDirectory directory;
    private final Deliveries deliveries;
    private final DeliveryDispatcher dispatcher;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertManagement(RecipientDirectory directory, Deliveries deliveries, DeliveryDispatcher dispatcher,
                    AlertProperties properties, Clock clock, MeterRegistry meters) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Returns the deliveries this call created (none for a redelivered event). */
    public List<Delivery> alertAudienceOf(IncomingEvent<NeedPublishedMessage> event) {
        NeedPublishedMessage need = event.data();
        List<Delivery> created = new ArrayList<>();
        for (Recipient recipient : directory.candidatesIn(need.region())) {
            AlertPolicy.reasonToAlert(recipient, need).ifPresent(reason -> {
                List<Addressee> addressees = recipient.alertAddresses().stream()
                        .map(address -> Addressee.of(address.email(), address.contactPersonId())).toList();
                Delivery delivery = new Delivery(event.id(), need.needId(), recipient.organisationId(),
                        recipient.name(), addressees, reason, AlertText.subject(need),
                        AlertText.body(recipient, need, reason), clock.instant(), properties.leaseTime());
                try {
                    created.add(deliveries.insert(delivery));
                } catch (DuplicateKeyException alreadyRecorded) {
                    meters.counter("osaava.alerts.duplicates").increment();
                }
            });
        }
        log.info("Need {} (event {}): {} new deliveries", need.needId(), event.id(), created.size());
        created.forEach(dispatcher::attempt);
        return created;
    }

    public List<Delivery> deliveriesOf(String needId, Pageable page) {
        return deliveries.findByNeedIdOrderByCreatedAtAsc(needId, page);
    }

    public List<Delivery> recentDeliveries(Pageable page) {
        return deliveries.findAllByOrderByCreatedAtDesc(page);
    }
}
