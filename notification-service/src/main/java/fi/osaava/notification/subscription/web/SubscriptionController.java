package fi.osaava.notification.subscription.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionManagement;
import fi.osaava.notification.subscription.SubscriptionSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Subscriptions")
class SubscriptionController {

    private final SubscriptionManagement subscriptions;

    SubscriptionController(SubscriptionManagement subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * Empty lists of areas, regions, target groups or categories mean "any". Cadence and language default
     * to IMMEDIATE and fi. The address is an e-mail address (EMAIL) or an https URL (WEBHOOK); a KAFKA
     * subscription has none.
     */
    record SubscriptionRequest(@Nullable @Size(max = 200) String name, @NotEmpty Set<@NotNull Topic> topics,
                               @Nullable Set<String> competenceAreas, @Nullable Set<String> regions,
                               @Nullable Set<String> targetGroups, @Nullable Set<String> categories,
                               @NotNull Channel channel, @Nullable @Size(max = 2000) String address,
                               @Nullable Cadence cadence, @Nullable String language) {

        SubscriptionSpec spec() {
            return new SubscriptionSpec(name, topics, orEmpty(competenceAreas), orEmpty(regions), orEmpty(targetGroups),
                    orEmpty(categories), channel, address == null ? "" : address.trim(),
                    cadence == null ? Cadence.IMMEDIATE : cadence, language == null ? "fi" : language);
        }

        private static Set<String> orEmpty(@Nullable Set<String> values) {
            return values == null ? Set.of() : values;
        }
    }

    /** {@code secret} only in the answer that creates a webhook subscription or rotates its secret. */
    record SubscriptionView(String id, String ownerId, String ownerName, Subscription.Source source,
                            @Nullable String name, Set<Topic> topics, Set<String> competenceAreas, Set<String> regions,
                            Set<String> targetGroups, Set<String> categories, Channel channel, String address,
                            Cadence cadence, String language, boolean active, boolean personalised,
                            @Nullable Instant unsubscribedAt, @Nullable Instant disabledAt,
                            @Nullable String disabledReason, Instant createdAt, Instant updatedAt,
                            @Nullable String secret) {

        static SubscriptionView of(Subscription s, @Nullable String secret) {
            return new SubscriptionView(s.id(), s.ownerId(), s.ownerName(), s.source(), s.name(), s.topics(),
                    s.competenceAreas(), s.regions(), s.targetGroups(), s.categories(), s.channel(), s.address(),
                    s.cadence(), s.language(), s.isActive(), s.personalised(), s.unsubscribedAt(), s.disabledAt(),
                    s.disabledReason(), s.createdAt(), s.updatedAt(), secret);
        }

        static SubscriptionView of(Subscription s) {
            return of(s, null);
        }
    }

    record SecretView(String subscriptionId, String secret) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe: the caller's organisation, or (coordinator) the organisation given as ownerId")
    SubscriptionView create(@RequestBody @Valid SubscriptionRequest request,
                            @RequestParam(required = false) @Nullable String ownerId) {
        Actor actor = Actors.current();
        Subscription created = subscriptions.create(actor, ownerId == null ? actor.organisationId() : ownerId,
                request.spec());
        List<String> secrets = created.signingSecrets(created.createdAt());
        return SubscriptionView.of(created, secrets.isEmpty() ? null : secrets.get(0));
    }

    @GetMapping
    @Operation(summary = "The subscriptions of the caller's organisation (derived ones included), or of ownerId for the coordinator")
    List<SubscriptionView> list(@RequestParam(required = false) @Nullable String ownerId, Pageable page) {
        Actor actor = Actors.current();
        return subscriptions.list(actor, ownerId == null ? actor.organisationId() : ownerId, page).stream()
                .map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.get(Actors.current(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a hand-made subscription (its channel stays)")
    SubscriptionView change(@PathVariable String id, @RequestBody @Valid SubscriptionRequest request) {
        return SubscriptionView.of(subscriptions.change(Actors.current(), id, request.spec()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        subscriptions.delete(Actors.current(), id);
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Rotate a webhook's signing secret: the new one signs from now on, the old one as well during the grace period")
    SecretView rotate(@PathVariable String id) {
        return new SecretView(id, subscriptions.rotateSecret(Actors.current(), id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Take alerts again after a webhook endpoint was disabled (it answered 410 Gone)")
    SubscriptionView enable(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.enable(Actors.current(), id));
    }
}
