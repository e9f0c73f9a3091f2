package fi.osaava.catalogue.preregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;

class PreRegistrationAccessTest {

    static final Actor PROVIDER = new Actor("u1", SeatLedgerTest.PROVIDER, Set.of(Actor.MEMBER));
    static final Actor OTHER = new Actor("u2", "org-other", Set.of(Actor.MEMBER));
    static final Actor COORDINATOR = new Actor("u3", "org-coordinator", Set.of(Actor.COORDINATOR));

    final PreRegistrationAccess access = new PreRegistrationAccess();
    final OfferingTerms published = SeatLedgerTest.funded(10);
    final OfferingTerms draft = SeatLedgerTest.terms("DRAFT", "FUNDED", 10,
            SeatLedgerTest.NOW.plus(Duration.ofDays(10)));

    @Test
    void everyPreRegistrationIsForTheProviderAndTheCoordinatorOnly() {
        assertThatCode(() -> access.requireSeesAll(published, PROVIDER)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireSeesAll(published, COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireSeesAll(published, OTHER)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("/api/offerings/offering-1/pre-registrations/mine");
    }

    @Test
    void aDraftOfferingIsThereOnlyForItsProvider() {
        assertThat(access.maySee(draft, PROVIDER)).isTrue();
        assertThat(access.maySee(draft, OTHER)).isFalse();
        assertThat(access.maySee(draft, COORDINATOR)).isFalse();
        assertThat(access.maySee(published, OTHER)).isTrue();
    }
}
