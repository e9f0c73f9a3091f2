package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.domain.ConflictException;

class OrganisationProfileTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ActedBy ACTOR = new ActedBy("org-a", "user-a");

    static final ProfileChange WIDER = new ProfileChange(List.of("11", "12"), List.of("medication-safety",
            "documentation"), List.of("client-information-systems"), List.of(TargetGroup.STAFF),
            "koulutus@savonia.demo.osaava.fi", "https://www.savonia.demo.osaava.fi");

    static Organisation organisation() {
        return OrganisationContactPersonsTest.organisation();
    }

    @Test
    void aChangedProfileIsKeptAndPublishedWholeWithTheNextRevision() {
        Organisation organisation = organisation();

        assertThat(organisation.changeProfile(WIDER, 1, NOW, ACTOR)).isTrue();

        assertThat(organisation.revision()).isEqualTo(2);
        assertThat(organisation.editableProfile()).isEqualTo(WIDER);
        assertThat(organisation.regions()).containsExactly("11", "12");
        assertThat(organisation.website()).isEqualTo("https://www.savonia.demo.osaava.fi");
        assertThat(organisation.aggregateId()).isEqualTo(organisation.id());
        assertThat(organisation.raisedEvents().get(1)).isInstanceOfSatisfying(OrganisationProfileChanged.class, event -> {
            assertThat(event.organisationId()).isEqualTo(organisation.id());
            assertThat(event.revision()).isEqualTo(2);
            assertThat(event.regions()).containsExactly("11", "12");
            assertThat(event.competenceAreasOffered()).containsExactly("medication-safety", "documentation");
            assertThat(event.targetGroups()).containsExactly(TargetGroup.STAFF);
            assertThat(event.contactEmail()).isEqualTo("koulutus@savonia.demo.osaava.fi");
            assertThat(event.actedBy().organisationId()).isEqualTo("org-a");
        });
        assertThat(Arrays.stream(OrganisationProfileChanged.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("businessId", "name", "ring", "type");
    }

    @Test
    void nameBusinessIdTypeAndRingStayAsTheyWere() {
        Organisation organisation = organisation();

        organisation.changeProfile(WIDER, 1, NOW, ACTOR);

        assertThat(organisation.name()).isEqualTo("Savonia (demo)");
        assertThat(organisation.businessId()).isEqualTo("0000002-7");
        assertThat(organisation.type()).isEqualTo(OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES);
        assertThat(organisation.ring()).isEqualTo(Ring.CORE);
    }

    @Test
    void aChangeMadeOnAnOlderRevisionIsAConflictAndChangesNothing() {
        Organisation organisation = organisation();
        organisation.addContactPerson(OrganisationContactPersonsTest.aino(true), NOW, ACTOR);

        assertThatThrownBy(() -> organisation.changeProfile(WIDER, 1, NOW, ACTOR))
                .isInstanceOf(ConflictException.class).hasMessageContaining("revision 2");
        assertThat(organisation.revision()).isEqualTo(2);
        assertThat(organisation.regions()).containsExactly("11");
        assertThat(organisation.raisedEvents(OrganisationProfileChanged.class)).isEmpty();
    }

    @Test
    void askingForTheProfileItAlreadyHasChangesNothingWhateverTheRevision() {
        Organisation organisation = organisation();
        organisation.changeProfile(WIDER, 1, NOW, ACTOR);

        assertThat(organisation.changeProfile(WIDER, 1, NOW, ACTOR)).isFalse();
        assertThat(organisation.changeProfile(WIDER, 2, NOW, ACTOR)).isFalse();

        assertThat(organisation.revision()).isEqualTo(2);
        assertThat(organisation.raisedEvents(OrganisationProfileChanged.class)).hasSize(1);
    }

    @Test
    void theWebsiteCanBeTakenAway() {
        Organisation organisation = organisation();
        organisation.changeProfile(WIDER, 1, NOW, ACTOR);

        organisation.changeProfile(new ProfileChange(WIDER.regions(), WIDER.competenceAreasOffered(),
                WIDER.competenceAreasOfInterest(), WIDER.targetGroups(), WIDER.contactEmail(), null), 2, NOW, ACTOR);

        assertThat(organisation.website()).isNull();
        assertThat(organisation.raisedEvents().get(2)).isInstanceOfSatisfying(OrganisationProfileChanged.class, event -> {
            assertThat(event.website()).isNull();
            assertThat(event.revision()).isEqualTo(3);
        });
    }
}
