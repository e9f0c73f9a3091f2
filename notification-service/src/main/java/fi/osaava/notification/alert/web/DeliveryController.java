package fi.osaava.notification.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertManagement;
import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.alert.DeliveryStatus;
import fi.osaava.notification.alert.DeliveryTallies;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/deliveries")
@Tag(name = "Delivery log")
class DeliveryController {

    private final AlertManagement alerts;
    private final DeliveryTallies tallies;

    DeliveryController(AlertManagement alerts, DeliveryTallies tallies) {
        this.alerts = alerts;
        this.tallies = tallies;
    }

    /** {@code email}: the addresses joined by ", ", kept for clients of the one-address log. */
    record DeliveryView(String id, String eventId, @Nullable String needId, @Nullable Topic topic,
                        @Nullable String subjectId, @Nullable String subscriptionId, @Nullable Channel channel,
                        String recipientId, String recipientName, List<String> addresses, String email,
                        AlertReason.Role role, Set<String> matchedAreas, @Nullable String subject, @Nullable Integer digestSize,
                        DeliveryStatus status, int attempts, @Nullable String lastError, Instant createdAt,
                        @Nullable Instant nextAttemptAt, @Nullable Instant sentAt) {

        static DeliveryView of(Delivery d) {
            List<String> addresses = d.addressees().stream().map(Addressee::address).toList();
            return new DeliveryView(d.id(), d.eventId(), d.needId(), d.topic(), d.subjectId(), d.subscriptionId(),
                    d.channel(), d.recipientId(), d.recipientName(), addresses, String.join(", ", addresses),
                    d.reason().role(), d.reason().matchedAreas(), d.subject(), d.digestSize(), d.status(), d.attempts(),
                    d.lastError(), d.createdAt(), d.status() == DeliveryStatus.FAILED ? d.nextAttemptAt() : null,
                    d.sentAt());
        }
    }

    /**
     * The coordinator reads any of it; an organisation reads the deliveries to itself
     * ({@code recipientId} = its own id).
     */
    @GetMapping
    @Operation(summary = "The delivery log a page at a time: per recipient, per event (ce_id), per need, or the most recent")
    List<DeliveryView> list(@RequestParam(required = false) @Nullable String recipientId,
                            @RequestParam(required = false) @Nullable String eventId,
                            @RequestParam(required = false) @Nullable String needId, Pageable page) {
        List<Delivery> deliveries = alerts.deliveryLog(Actors.current(), recipientId, eventId, needId, page);
        return deliveries.stream().map(DeliveryView::of).toList();
    }

    /** The coordinator's overview: today's (Helsinki) sent and failed, what waits, and all the dead; read by key. */
    @GetMapping("/counts")
    @Operation(summary = "Deliveries sent and failed attempts today (Europe/Helsinki), deliveries waiting, and dead ones "
            + "all time — coordinator only")
    DeliveryTallies.Counts counts() {
        return tallies.counts(Actors.current());
    }
}
