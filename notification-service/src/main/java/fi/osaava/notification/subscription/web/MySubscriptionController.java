package fi.osaava.notification.subscription.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A signed-in person's own alerts: the e-mail subscriptions of their organisation that come to the address their
 * token names ({@code email}, given with scope {@code email}), as the preferences link of those mails reaches them.
 * Someone else's subscription is a 404, as in the organisation's API; a token naming no person is refused.
 */
@RestController
@RequestMapping("/api/my/subscriptions")
@Tag(name = "My subscriptions")
class MySubscriptionController {

    private final SubscriptionManagement subscriptions;

    MySubscriptionController(SubscriptionManagement subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * What a person may change on a subscription of theirs. Empty areas or regions mean any on a hand-made
     * subscription; on a derived one, the organisation's profile's.
     */
    record PreferencesRequest(@NotEmpty Set<@NotNull Topic> topics, @Nullable Set<String> competenceAreas,
                              @Nullable Set<String> regions, @NotNull Cadence cadence, @NotNull String language) {
    }

    /**
     * @param availableTopics the topics the person may choose
     * @param ownFilters      a derived subscription's areas or regions are the person's own, not the profile's
     */
    record MySubscriptionView(String id, String ownerName, Subscription.Source source, @Nullable String name,
                              String address, Set<Topic> topics, Set<Topic> availableTopics,
                              Set<String> competenceAreas, Set<String> regions, Cadence cadence, String language,
                              boolean active, boolean unsubscribed, @Nullable Instant unsubscribedAt,
                              boolean personalised, boolean ownFilters) {

        static MySubscriptionView of(Subscription s) {
            return new MySubscriptionView(s.id(), s.ownerName(), s.source(), s.name(), s.address(), s.topics(),
                    s.availableTopics(), s.competenceAreas(), s.regions(), s.cadence(), s.language(), s.isActive(),
                    s.unsubscribedAt() != null, s.unsubscribedAt(), s.personalised(), s.ownFilters());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's own e-mail subscriptions: their organisation's that come to the token's e-mail address")
    List<MySubscriptionView> mine(@AuthenticationPrincipal Jwt jwt) {
        return subscriptions.addressedTo(Actors.current(), email(jwt)).stream().map(MySubscriptionView::of).toList();
    }

    @PutMapping("/{id}")
    @Operation(summary = "The person's own topics, areas, regions, cadence and language on one of their subscriptions")
    MySubscriptionView choose(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                              @RequestBody @Valid PreferencesRequest request) {
        return MySubscriptionView.of(subscriptions.personalise(Actors.current(), email(jwt), id, request.topics(),
                orEmpty(request.competenceAreas()), orEmpty(request.regions()), request.cadence(),
                request.language()));
    }

    @PostMapping("/{id}/unsubscribe")
    @Operation(summary = "Stop one of the person's own subscriptions; idempotent")
    MySubscriptionView unsubscribe(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return MySubscriptionView.of(subscriptions.unsubscribe(Actors.current(), email(jwt), id));
    }

    @PostMapping("/{id}/resubscribe")
    @Operation(summary = "Take alerts again from one the person stopped; idempotent")
    MySubscriptionView resubscribe(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return MySubscriptionView.of(subscriptions.resubscribe(Actors.current(), email(jwt), id));
    }

    /** The address the token names, if any ({@link SubscriptionManagement} refuses a token naming none). */
    private static @Nullable String email(Jwt jwt) {
        return jwt.getClaimAsString(StandardClaimNames.EMAIL);
    }

    private static Set<String> orEmpty(@Nullable Set<String> values) {
        return values == null ? Set.of() : values;
    }
}
