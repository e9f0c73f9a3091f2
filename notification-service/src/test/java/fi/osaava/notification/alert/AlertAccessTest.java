package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;

class AlertAccessTest {

    final AlertAccess access = new AlertAccess();

    static final Actor COORDINATOR = new Actor("user-c", "org-coordinator", Set.of(Actor.COORDINATOR));
    static final Actor HOIVA = new Actor("user-h", "org-hoiva", Set.of(Actor.MEMBER));

    @Test
    void everyRoleMayAskForTheDeliveryLog() {
        assertThat(access.roleEndpoints().rules()).isEmpty();
        assertThat(access.publicEndpoints().endpoints()).isEmpty();
    }

    @Test
    void theCoordinatorReadsAnyPartOfTheDeliveryLog() {
        assertThatCode(() -> access.requireMayReadDeliveries(COORDINATOR, null)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireMayReadDeliveries(COORDINATOR, "org-hoiva")).doesNotThrowAnyException();
    }

    @Test
    void anOrganisationReadsOnlyTheDeliveriesToItself() {
        assertThatCode(() -> access.requireMayReadDeliveries(HOIVA, "org-hoiva")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireMayReadDeliveries(HOIVA, "org-other"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("An organisation reads only its own deliveries (recipientId=its id)");
        assertThatThrownBy(() -> access.requireMayReadDeliveries(HOIVA, null))
                .as("the log per event, per need or the most recent").isInstanceOf(NotPermittedException.class);
        Actor hoivasSystem = new Actor("client-h", "org-hoiva", Set.of(Actor.SYSTEM));
        assertThatThrownBy(() -> access.requireMayReadDeliveries(hoivasSystem, null))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theCoordinatorReadsAnyReachWithContactsAndAnOrganisationThatOfItsOwnNeedsWithout() {
        assertThatCode(() -> access.requireMayReadReach(COORDINATOR, "org-hoiva")).doesNotThrowAnyException();
        assertThatCode(() -> access.requireMayReadReach(COORDINATOR, null)).doesNotThrowAnyException();
        assertThat(access.seesContacts(COORDINATOR)).isTrue();

        assertThatCode(() -> access.requireMayReadReach(HOIVA, "org-hoiva")).doesNotThrowAnyException();
        assertThat(access.seesContacts(HOIVA)).isFalse();
        assertThatThrownBy(() -> access.requireMayReadReach(HOIVA, "org-other"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.requireMayReadReach(HOIVA, null)).as("an event nobody did")
                .isInstanceOf(NotPermittedException.class);
    }
}
