package fi.osaava.notification.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertManagement;
import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.alert.DeliveryStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@RequestMapping("/api/deliveries")
@Tag(name = "Delivery log")
class DeliveryController {

    private final AlertManagement alerts;

    DeliveryController(AlertManagement alerts) {
        this.alerts = alerts;
    }

    /** {@code email}: the addresses joined by ", ", kept for clients of the one-address log. */
    record DeliveryView(String id, String eventId, String needId, String recipientId, String recipientName,
                        List<String> addresses, String email, AlertReason.Role role, Set<String> matchedAreas, String subject,
                        DeliveryStatus status, int attempts, @Nullable String lastError, Instant createdAt,
                        @Nullable Instant sentAt) {

        static DeliveryView of(Delivery d) {
            List<String> addresses = d.addressees().stream().map(Addressee::address).toList();
            return new DeliveryView(d.id(), d.eventId(), d.needId(), d.recipientId(), d.recipientName(), addresses,
                    String.join(", ", addresses),
                    d.reason().role(), d.reason().matchedAreas(), d.subject(), d.status(), d.attempts(), d.lastError(),
                    d.createdAt(), d.sentAt());
        }
    }

    @GetMapping
    @Operation(summary = "The delivery log: the deliveries of one need, or the most recent ones, a page at a time")
    List<DeliveryView> list(@RequestParam(required = false) @Nullable String needId, Pageable page) {
        List<Delivery> deliveries = needId == null ? alerts.recentDeliveries(page) : alerts.deliveriesOf(needId, page);
        return deliveries.stream().map(DeliveryView::of).toList();
    }
}
