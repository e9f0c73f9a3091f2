package fi.osaava.membership.organisation;

import static fi.osaava.membership.organisation.ContactDetailsBuilder.aContactPerson;
import static fi.osaava.membership.organisation.OrganisationProfileBuilder.anOrganisationProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventJson;
import fi.osaava.kit.domain.ConflictException;

class OrganisationContactPersonsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ActedBy ACTOR = new ActedBy("org-a", "client-a");

    static Organisation organisation() {
        return Organisation.register(anOrganisationProfile().named("Savonia (demo)", "0000002-7")
                .ofType(OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES).inRing(Ring.CORE).offering("medication-safety")
                .withContactEmail("koulutus@savonia.demo.osaava.fi").build(), NOW, ACTOR);
    }

    static ContactDetails aino(boolean receivesAlerts) {
        return aContactPerson("Aino Koulutus", "Aino.Koulutus@savonia.demo.osaava.fi").withRole("Koulutuspäällikkö")
                .listed().receivingAlerts(receivesAlerts).build();
    }

    @Test
    void addingAContactPersonPublishesTheNewListWithTheNextRevision() {
        Organisation organisation = organisation();

        ContactPerson added = organisation.addContactPerson(aino(true), NOW, ACTOR);

        assertThat(organisation.revision()).isEqualTo(2);
        assertThat(organisation.contactPersons()).extracting(ContactPerson::id).containsExactly(added.id());
        assertThat(organisation.aggregateId()).isEqualTo(organisation.id());
        assertThat(organisation.raisedEvents().get(1)).isInstanceOfSatisfying(ContactPersonsChanged.class, event -> {
            assertThat(event.revision()).isEqualTo(2);
            assertThat(event.contactPersons()).singleElement().satisfies(contact -> {
                assertThat(contact.contactPersonId()).isEqualTo(added.id());
                assertThat(contact.receivesAlerts()).isTrue();
                assertThat(contact.language()).isEqualTo("fi");
            });
            assertThat(EventJson.write(event)).doesNotContain("Koulutuspäällikkö");
        });
    }

    @Test
    void theSameAddressTwiceInOneOrganisationIsAConflictWhateverItsCase() {
        Organisation organisation = organisation();
        organisation.addContactPerson(aino(true), NOW, ACTOR);

        assertThatThrownBy(() -> organisation.addContactPerson(
                aContactPerson("Aino K", " aino.koulutus@SAVONIA.demo.osaava.fi").writtenTo("sv").build(), NOW, ACTOR))
                .isInstanceOf(ConflictException.class).hasMessageNotContaining("aino.koulutus");
        assertThat(organisation.contactPersons()).hasSize(1);
        assertThat(organisation.revision()).isEqualTo(2);
    }

    @Test
    void erasingAContactPersonRemovesAllItsDataAndNamesItOnlyByIdAndAddressHash() throws Exception {
        Organisation organisation = organisation();
        ContactPerson aino = organisation.addContactPerson(aino(true), NOW, ACTOR);
        organisation.addContactPerson(aContactPerson("Erik", "erik@savonia.demo.osaava.fi").writtenTo("sv").build(),
                NOW, ACTOR);

        assertThat(organisation.eraseContactPerson(aino.id(), NOW, ACTOR)).isEqualTo(ContactErasure.ERASED);

        assertThat(organisation.contactPersons()).extracting(ContactPerson::email)
                .containsExactly("erik@savonia.demo.osaava.fi");
        assertThat(organisation.revision()).isEqualTo(4);
        List<Object> events = organisation.raisedEvents();
        assertThat(events.get(3)).isInstanceOfSatisfying(ContactPersonsChanged.class, list -> {
            assertThat(list.revision()).isEqualTo(4);
            assertThat(EventJson.write(list)).doesNotContain(aino.id()).doesNotContainIgnoringCase("aino");
        });
        String hash = sha256("aino.koulutus@savonia.demo.osaava.fi");
        assertThat(events.get(4)).isInstanceOfSatisfying(ContactPersonErased.class, erased -> {
            assertThat(erased.revision()).isEqualTo(4);
            assertThat(erased.contactPersonId()).isEqualTo(aino.id());
            assertThat(erased.emailSha256()).isEqualTo(hash);
            assertThat(EventJson.write(erased)).doesNotContainIgnoringCase("aino.koulutus").doesNotContain("@");
        });
    }

    @Test
    void erasingTwiceChangesNothingTheSecondTimeAndAnUnknownIdIsToldApart() {
        Organisation organisation = organisation();
        ContactPerson aino = organisation.addContactPerson(aino(false), NOW, ACTOR);
        organisation.eraseContactPerson(aino.id(), NOW, ACTOR);
        int events = organisation.raisedEvents().size();

        assertThat(organisation.eraseContactPerson(aino.id(), NOW, ACTOR)).isEqualTo(ContactErasure.ALREADY_ERASED);
        assertThat(organisation.eraseContactPerson("never-was", NOW, ACTOR)).isEqualTo(ContactErasure.UNKNOWN);
        assertThat(organisation.raisedEvents()).hasSize(events);
        assertThat(organisation.revision()).isEqualTo(3);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
