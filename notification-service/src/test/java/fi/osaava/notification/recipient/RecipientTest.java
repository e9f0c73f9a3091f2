package fi.osaava.notification.recipient;

import static fi.osaava.notification.recipient.RecipientBuilder.aRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.EmailHash;

class RecipientTest {

    static Recipient withContacts(Recipient.ContactPerson... persons) {
        return aRecipient("savonia").named("Savonia").ofType("UNIVERSITY_OF_APPLIED_SCIENCES")
                .ofKind(OrganisationKind.EDUCATION_PROVIDER).inRegions("11")
                .offering("medication-safety").mailedTo("info@savonia.demo.osaava.fi").atRevision(2)
                .withContactPersons(persons).build();
    }

    static Recipient.ContactPerson person(String id, boolean receivesAlerts) {
        return new Recipient.ContactPerson(id, id + "@savonia.demo.osaava.fi", "fi", receivesAlerts);
    }

    @Test
    void alertsGoToTheContactPersonsWhoReceiveThem() {
        assertThat(withContacts(person("aino", true), person("kalle", false), person("erik", true)).alertAddresses())
                .containsExactly(new AlertAddress("aino@savonia.demo.osaava.fi", "aino"),
                        new AlertAddress("erik@savonia.demo.osaava.fi", "erik"));
    }

    @Test
    void withoutSuchContactPersonsAlertsGoToTheOrganisationAddress() {
        assertThat(withContacts(person("kalle", false)).alertAddresses())
                .containsExactly(new AlertAddress("info@savonia.demo.osaava.fi", null));
        assertThat(withContacts().alertAddresses()).containsExactly(new AlertAddress("info@savonia.demo.osaava.fi", null));
    }

    @Test
    void anErasureDropsThePersonByIdOrByAddressHashEvenWhenStale() {
        Recipient recipient = withContacts(person("aino", true), person("erik", true), person("kalle", false));

        Recipient byId = recipient.without(new ContactPersonErasedMessage("savonia", "erik", "0".repeat(64), 1L));
        Recipient byHash = recipient.without(new ContactPersonErasedMessage("savonia", "other-id",
                EmailHash.of("KALLE@savonia.demo.osaava.fi"), 5L));

        assertThat(byId.contactPersons()).extracting(Recipient.ContactPerson::contactPersonId).containsExactly("aino", "kalle");
        assertThat(byId.revision()).isEqualTo(2);
        assertThat(byHash.contactPersons()).extracting(Recipient.ContactPerson::contactPersonId).containsExactly("aino", "erik");
        assertThat(byHash.revision()).isEqualTo(5);
    }

    @Test
    void aChangedProfileMovesRegionsAreasTargetGroupsAndAddressAndKeepsTheRest() {
        Recipient recipient = withContacts(person("aino", true));

        Recipient changed = recipient.withProfile(new OrganisationProfileChangedMessage("savonia", List.of("06", "11"),
                List.of("documentation"), null, List.of("SUPERVISORS"), "koulutus@savonia.demo.osaava.fi", 3L));

        assertThat(changed.regions()).containsExactly("06", "11");
        assertThat(changed.competenceAreasOffered()).containsExactly("documentation");
        assertThat(changed.competenceAreasOfInterest()).isEmpty();
        assertThat(changed.targetGroups()).containsExactly("SUPERVISORS");
        assertThat(changed.contactEmail()).isEqualTo("koulutus@savonia.demo.osaava.fi");
        assertThat(changed.revision()).isEqualTo(3);
        assertThat(changed).extracting(Recipient::name, Recipient::type, Recipient::kind, Recipient::status,
                        Recipient::contactPersons)
                .containsExactly("Savonia", "UNIVERSITY_OF_APPLIED_SCIENCES", OrganisationKind.EDUCATION_PROVIDER,
                        "ACTIVE", recipient.contactPersons());
    }
}
