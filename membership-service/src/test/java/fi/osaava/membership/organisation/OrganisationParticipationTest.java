package fi.osaava.membership.organisation;

import static fi.osaava.membership.organisation.ContactDetailsBuilder.aContactPerson;
import static fi.osaava.membership.organisation.OrganisationProfileBuilder.anOrganisationProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventJson;
import fi.osaava.kit.event.RaisedEvent;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

class OrganisationParticipationTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ActedBy COORDINATOR = new ActedBy("pshva", "pshva-client");

    static OrganisationProfile profile(Ring ring) {
        return anOrganisationProfile().inRing(ring).interestedIn("medication-safety")
                .withWebsite("https://hoiva.demo.osaava.fi").build();
    }

    static Organisation applicant() {
        return Organisation.apply(profile(Ring.MIDDLE), new Application("pohjois-savo", Ring.MIDDLE, "Samat tarpeet"),
                aContactPerson("Aino", "aino@hoiva.demo.osaava.fi").withRole("Toimitusjohtaja").listed()
                        .receivingAlerts(true).build(), NOW);
    }

    static List<String> types(Organisation organisation) {
        return organisation.raisedEvents().stream().map(RaisedEvent::typeOf).toList();
    }

    /** The last event raised, which must be a participation change. */
    static ParticipationChanged last(Organisation organisation) {
        List<Object> events = organisation.raisedEvents();
        assertThat(events).last().isInstanceOf(ParticipationChanged.class);
        return (ParticipationChanged) events.get(events.size() - 1);
    }

    static void assertEverythingRaisedConforms(Organisation organisation) {
        organisation.raisedEvents().forEach(e -> EventContracts.assertConforms(RaisedEvent.typeOf(e), EventJson.write(e)));
    }

    @Test
    void anApplicantIsAppliedEverywhereWithItsContactPersonAndEverythingItRaisesConforms() {
        Organisation organisation = applicant();

        assertThat(organisation.status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(organisation.findParticipation("pohjois-savo")).get()
                .extracting(Participation::status, Participation::ring, Participation::motivation)
                .containsExactly(ParticipationStatus.APPLIED, Ring.MIDDLE, "Samat tarpeet");
        assertThat(organisation.contactPersons()).extracting(ContactPerson::email).containsExactly("aino@hoiva.demo.osaava.fi");
        assertThat(types(organisation)).containsExactly(OrganisationRegistered.TYPE, ContactPersonsChanged.TYPE,
                ParticipationChanged.TYPE);
        assertEverythingRaisedConforms(organisation);
        ParticipationChanged applied = last(organisation);
        assertThat(applied).extracting(ParticipationChanged::change, ParticipationChanged::organisationStatus,
                        ParticipationChanged::revision, ParticipationChanged::previousStatus)
                .containsExactly(ParticipationChanged.Change.APPLIED, MembershipStatus.APPLIED, 3L, null);
        assertThat(EventJson.write(applied)).doesNotContain("aino@");
    }

    @Test
    void approvalSuspensionReinstatementAndLeavingMoveTheParticipationAndTheOverallStatus() {
        Organisation organisation = applicant();

        organisation.approve("pohjois-savo", Ring.CORE, Set.of(ParticipationRole.WORKING_GROUP), NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(organisation.ring()).isEqualTo(Ring.CORE);
        assertThat(organisation.isActiveIn("pohjois-savo")).isTrue();
        assertThat(last(organisation)).extracting(ParticipationChanged::change, ParticipationChanged::roles,
                        ParticipationChanged::previousStatus, ParticipationChanged::organisationStatus)
                .containsExactly(ParticipationChanged.Change.APPROVED, List.of(ParticipationRole.WORKING_GROUP),
                        ParticipationStatus.APPLIED, MembershipStatus.ACTIVE);

        organisation.suspend("pohjois-savo", "Ei osallistu", NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(last(organisation)).extracting(ParticipationChanged::reason, ParticipationChanged::status)
                .containsExactly("Ei osallistu", ParticipationStatus.SUSPENDED);

        organisation.reinstate("pohjois-savo", NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(organisation.findParticipation("pohjois-savo").orElseThrow().reason()).isNull();

        organisation.leave("pohjois-savo", NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.LEFT);
        assertThat(last(organisation)).extracting(ParticipationChanged::change, ParticipationChanged::organisationStatus)
                .containsExactly(ParticipationChanged.Change.LEFT, MembershipStatus.LEFT);
        assertEverythingRaisedConforms(organisation);
        assertThat(organisation.revision()).isEqualTo(7);
    }

    @Test
    void aRejectedApplicantIsLeftOverallAndMayApplyAgain() {
        Organisation organisation = applicant();

        organisation.reject("pohjois-savo", "Ei toimi alueella", NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.LEFT);
        assertThat(last(organisation)).extracting(ParticipationChanged::change, ParticipationChanged::reason)
                .containsExactly(ParticipationChanged.Change.REJECTED, "Ei toimi alueella");

        assertThat(organisation.applyTo(new Application("pohjois-savo", Ring.OUTER, "Uudelleen"), NOW)).isTrue();
        assertThat(organisation.status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(last(organisation)).extracting(ParticipationChanged::previousStatus, ParticipationChanged::ring)
                .containsExactly(ParticipationStatus.REJECTED, Ring.OUTER);
    }

    @Test
    void transitionsThatTheLifecycleDoesNotAllowAreConflictsAndChangeNothing() {
        Organisation organisation = applicant();
        long revision = organisation.revision();

        assertThatThrownBy(() -> organisation.suspend("pohjois-savo", "x", NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> organisation.reinstate("pohjois-savo", NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> organisation.leave("pohjois-savo", NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);
        organisation.approve("pohjois-savo", Ring.MIDDLE, Set.of(), NOW, COORDINATOR);
        assertThatThrownBy(() -> organisation.approve("pohjois-savo", Ring.CORE, Set.of(), NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> organisation.reject("pohjois-savo", "x", NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> organisation.suspend("pirkanmaa", "x", NOW, COORDINATOR))
                .isInstanceOf(NotFoundException.class);
        assertThat(organisation.revision()).isEqualTo(revision + 1);
        // applying again while active changes nothing
        assertThat(organisation.applyTo(new Application("pohjois-savo", Ring.CORE, "x"), NOW)).isFalse();
        assertThat(organisation.revision()).isEqualTo(revision + 1);
    }

    @Test
    void theCoordinatorRoleIsNeverGrantedByApprovalAndTheCoordinatorCannotLeave() {
        Organisation organisation = applicant();
        assertThatThrownBy(() -> organisation.approve("pohjois-savo", Ring.CORE,
                Set.of(ParticipationRole.COORDINATOR), NOW, COORDINATOR)).isInstanceOf(InvalidFieldException.class);

        assertThat(organisation.takeCoordination("pohjois-savo", NOW, COORDINATOR)).isTrue();
        assertThat(organisation.findParticipation("pohjois-savo").orElseThrow())
                .extracting(Participation::status, Participation::ring, Participation::roles)
                .containsExactly(ParticipationStatus.ACTIVE, Ring.CORE, List.of(ParticipationRole.COORDINATOR));
        assertThat(organisation.takeCoordination("pohjois-savo", NOW, COORDINATOR)).isFalse();
        assertThatThrownBy(() -> organisation.leave("pohjois-savo", NOW, COORDINATOR))
                .isInstanceOf(ConflictException.class);

        assertThat(organisation.handOverCoordination("pohjois-savo", NOW, COORDINATOR)).isTrue();
        organisation.leave("pohjois-savo", NOW, COORDINATOR);
        assertThat(organisation.status()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void anOrganisationRegisteredWithoutAnEcosystemStaysActiveWhileItOnlyApplies() {
        Organisation legacy = Organisation.register(profile(Ring.CORE), NOW, COORDINATOR);
        assertThat(legacy.applyTo(new Application("pirkanmaa", Ring.MIDDLE, "Mukaan"), NOW)).isTrue();
        assertThat(legacy.status()).isEqualTo(MembershipStatus.ACTIVE);

        legacy.reject("pirkanmaa", "Ei nyt", NOW, COORDINATOR);
        assertThat(legacy.status()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void registeredIntoAnEcosystemItIsActiveThereAtOnceInItsRing() {
        Organisation organisation = Organisation.register(profile(Ring.OUTER), "pohjois-savo", NOW, COORDINATOR);

        assertThat(organisation.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(organisation.findParticipation("pohjois-savo").orElseThrow().ring()).isEqualTo(Ring.OUTER);
        assertThat(types(organisation)).containsExactly(OrganisationRegistered.TYPE, ParticipationChanged.TYPE);
        assertThat(last(organisation).change()).isEqualTo(ParticipationChanged.Change.JOINED);
        assertThat(organisation.raisedEvents(OrganisationRegistered.class)).singleElement()
                .extracting(OrganisationRegistered::website).isEqualTo("https://hoiva.demo.osaava.fi");
        assertEverythingRaisedConforms(organisation);
    }
}
