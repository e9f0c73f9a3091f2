package fi.osaava.notification.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.notification.alert.AlertReach;
import fi.osaava.notification.alert.DeliveryStatus;
import fi.osaava.notification.alert.Reach;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who an event reached and why not the others ({@link AlertReach}; who may ask: {@code AlertAccess}). */
@RestController
@RequestMapping("/api/reach")
@Tag(name = "Reach")
class ReachController {

    private final AlertReach reach;

    ReachController(AlertReach reach) {
        this.reach = reach;
    }

    record ReachView(String eventId, Topic topic, String subjectId, Map<String, String> titles, Instant occurredAt,
                     Instant recordedAt, @Nullable String originOrganisationId, Map<Reach.Outcome, Integer> counts,
                     boolean contacts, List<RecipientView> recipients) {

        static ReachView of(AlertReach.Answer answer) {
            AlertEvent e = answer.event();
            return new ReachView(e.eventId(), e.topic(), e.subjectId(), e.titles(), e.occurredAt(),
                    answer.recordedAt(), e.originOrganisationId(), answer.counts(), answer.contacts(),
                    answer.recipients().stream().map(r -> RecipientView.of(r, answer.contacts())).toList());
        }
    }

    record RecipientView(String recipientId, String name, @Nullable String kind, Reach.Outcome outcome,
                         Reach.@Nullable Reason reason, @Nullable Channel channel, @Nullable DeliveryStatus status,
                         @Nullable Instant at, List<SubscriptionView> subscriptions) {

        static RecipientView of(Reach.RecipientReach r, boolean contacts) {
            return new RecipientView(r.recipientId(), r.name(), r.kind(), r.outcome(), r.reason(), r.channel(),
                    r.status(), r.at(), r.subscriptions().stream().map(s -> SubscriptionView.of(s, contacts)).toList());
        }
    }

    /** Without contacts: no subscription id (a derived one names its person), address or contact person. */
    record SubscriptionView(@Nullable String subscriptionId, Subscription.Source source, Channel channel,
                            @Nullable String address, @Nullable String contactPersonId, Reach.Outcome outcome,
                            Reach.@Nullable Reason reason, @Nullable DeliveryStatus status, @Nullable Instant at) {

        static SubscriptionView of(Reach.SubscriptionReach s, boolean contacts) {
            return new SubscriptionView(contacts ? s.subscriptionId() : null, s.source(), s.channel(),
                    contacts ? s.address() : null, contacts ? s.contactPersonId() : null, s.outcome(), s.reason(),
                    s.status(), s.at());
        }
    }

    @GetMapping(params = "needId")
    @Operation(summary = "Who a need's publication reached, and for everyone else the first reason it did not")
    ReachView ofNeed(@RequestParam String needId) {
        return ReachView.of(reach.ofNeed(Actors.current(), needId));
    }

    @GetMapping(params = "eventId")
    @Operation(summary = "Who an alert event (ce_id) reached, and for everyone else the first reason it did not")
    ReachView ofEvent(@RequestParam String eventId) {
        return ReachView.of(reach.ofEvent(Actors.current(), eventId));
    }
}
