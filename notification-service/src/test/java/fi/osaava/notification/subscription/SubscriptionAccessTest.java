package fi.osaava.notification.subscription;

import static fi.osaava.notification.subscription.SubscriptionBuilder.aSubscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;

class SubscriptionAccessTest {

    final SubscriptionAccess access = new SubscriptionAccess();

    static final Actor COORDINATOR = new Actor("user-c", "org-coordinator", Set.of(Actor.COORDINATOR));
    static final Actor HOIVA = new Actor("user-h", "org-hoiva", Set.of(Actor.MEMBER));
    static final Actor HOIVAS_SYSTEM = new Actor("client-h", "org-hoiva", Set.of(Actor.SYSTEM));

    @Test
    void theLinksOfTheMailsAreOpenToAnyoneAndTheApiToEveryRole() {
        assertThat(access.publicEndpoints().endpoints()).containsExactly(
                new Endpoint(HttpMethod.GET, "/unsubscribe/**"), new Endpoint(HttpMethod.POST, "/unsubscribe/**"),
                new Endpoint(HttpMethod.GET, "/preferences/**"), new Endpoint(HttpMethod.POST, "/preferences/**"));
        assertThat(access.roleEndpoints().rules()).isEmpty();
    }

    @Test
    void anOrganisationManagesOnlyItsOwnSubscriptionsAndTheCoordinatorAnyones() {
        assertThatCode(() -> access.requireMayManage(HOIVA, "org-hoiva")).doesNotThrowAnyException();
        assertThatCode(() -> access.requireMayManage(HOIVAS_SYSTEM, "org-hoiva")).doesNotThrowAnyException();
        assertThatCode(() -> access.requireMayManage(COORDINATOR, "org-hoiva")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireMayManage(HOIVA, "org-other"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the coordinator manages another organisation's subscriptions");
    }

    @Test
    void anotherOrganisationsSubscriptionIsNotThere() {
        Subscription hoivas = aSubscription().withId("s-hoiva").ownedBy("org-hoiva", "Hoiva Oy").build();
        Actor other = new Actor("user-o", "org-other", Set.of(Actor.MEMBER));

        assertThatCode(() -> access.requireManaged(HOIVA, hoivas)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireManaged(COORDINATOR, hoivas)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireManaged(other, hoivas)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("s-hoiva");
    }

    @Test
    void onlyAPersonsTokenHasSubscriptionsOfItsOwn() {
        assertThat(access.requirePerson("maija@hoiva.example")).isEqualTo("maija@hoiva.example");
        assertThatThrownBy(() -> access.requirePerson(null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.requirePerson(" ")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aPersonsOwnSubscriptionIsAnEmailOneOfTheirOrganisationToTheirAddress() {
        Subscription maijas = aSubscription().ownedBy("org-hoiva", "Hoiva Oy").mailedTo("Maija@Hoiva.example ").build();

        assertThat(access.isPersonsOwn(HOIVA, "maija@hoiva.example", maijas)).as("address case and spaces aside")
                .isTrue();
        assertThat(access.isPersonsOwn(HOIVA, "matti@hoiva.example", maijas)).as("another person's").isFalse();
        assertThat(access.isPersonsOwn(new Actor("user-m", "org-other", Set.of(Actor.MEMBER)), "maija@hoiva.example",
                maijas)).as("her address in another organisation's token").isFalse();
        assertThat(access.isPersonsOwn(COORDINATOR, "maija@hoiva.example", maijas))
                .as("the coordinator has no say in a person's own").isFalse();
        Subscription webhook = aSubscription().ownedBy("org-hoiva", "Hoiva Oy")
                .by(Channel.WEBHOOK, "maija@hoiva.example").build();
        assertThat(access.isPersonsOwn(HOIVA, "maija@hoiva.example", webhook)).as("not e-mail").isFalse();

        maijas.delete(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(access.isPersonsOwn(HOIVA, "maija@hoiva.example", maijas)).as("deleted").isFalse();
        assertThatThrownBy(() -> access.requirePersonsOwn(HOIVA, "maija@hoiva.example", maijas))
                .isInstanceOf(NotFoundException.class);
    }
}
