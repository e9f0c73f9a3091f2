package fi.osaava.notification.subscription;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with subscriptions: an organisation manages its own and the coordinator anyone's; a signed-in
 * person changes the e-mail subscriptions of their organisation that come to their own address; the links of the
 * mails need no account at all. Any caller with a token may use the API: what each may reach is decided per
 * subscription, and another organisation's or person's subscription is not there as far as the caller can tell.
 */
@Component
public class SubscriptionAccess implements FeatureAccess {

    /**
     * The links of the mails need no account: the signed token in the path is the permission. The kit's chain
     * is stateless and without CSRF tokens, so a mail client's one-click POST (RFC 8058) works as it is. Like
     * every write without a token, the POSTs are counted per remote address ({@code osaava.limits}).
     */
    @Override
    public PublicEndpoints publicEndpoints() {
        return new PublicEndpoints(List.of(
                new Endpoint(HttpMethod.GET, "/unsubscribe/**"),
                new Endpoint(HttpMethod.POST, "/unsubscribe/**"),
                new Endpoint(HttpMethod.GET, "/preferences/**"),
                new Endpoint(HttpMethod.POST, "/preferences/**")));
    }

    /** Every role may call the subscription API; the rules below decide which subscriptions it reaches. */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.NONE;
    }

    /** Making or listing an organisation's subscriptions: the organisation itself or the coordinator (else 403). */
    public void requireMayManage(Actor actor, String ownerId) {
        if (!manages(actor, ownerId)) {
            throw new NotPermittedException("Only the coordinator manages another organisation's subscriptions");
        }
    }

    /**
     * Reading or changing one subscription: its organisation or the coordinator; to anyone else it is not there
     * (404).
     */
    public void requireManaged(Actor actor, Subscription subscription) {
        if (!manages(actor, subscription.ownerId())) {
            throw new NotFoundException("subscription", subscription.id());
        }
    }

    /**
     * The e-mail address a person's token names ({@code email} claim): only a person has subscriptions of their
     * own, a token naming none (a client's) is refused (403).
     */
    public String requirePerson(@Nullable String email) {
        if (email == null || email.isBlank()) {
            throw new NotPermittedException(
                    "Only a person's token (with their e-mail address) has subscriptions of its own");
        }
        return email;
    }

    /**
     * Whether a subscription is the person's own: an e-mail one of their organisation that comes to the address
     * their token names, as the links of its mails reach them.
     */
    public boolean isPersonsOwn(Actor actor, String email, Subscription subscription) {
        return !subscription.deleted() && subscription.channel() == Channel.EMAIL
                && actor.actsFor(subscription.ownerId())
                && subscription.address().strip().equalsIgnoreCase(email.strip());
    }

    /** A person's own subscription, or 404: another person's subscription is not there as far as they can tell. */
    public void requirePersonsOwn(Actor actor, String email, Subscription subscription) {
        if (!isPersonsOwn(actor, email, subscription)) {
            throw new NotFoundException("subscription", subscription.id());
        }
    }

    private static boolean manages(Actor actor, String ownerId) {
        return actor.isCoordinator() || actor.actsFor(ownerId);
    }
}
