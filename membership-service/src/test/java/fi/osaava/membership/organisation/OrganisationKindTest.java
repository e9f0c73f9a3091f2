package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.OutboxEvent;

class OrganisationKindTest {

    @Test
    void educationProvidersAndServiceProducersAreTheTypesThatTrainAndThatProduceServices() {
        Map<OrganisationType, OrganisationKind> kinds = new EnumMap<>(OrganisationType.class);
        for (OrganisationType type : OrganisationType.values()) {
            kinds.put(type, type.kind());
        }

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(OrganisationType.UNIVERSITY, OrganisationKind.EDUCATION_PROVIDER),
                Map.entry(OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES, OrganisationKind.EDUCATION_PROVIDER),
                Map.entry(OrganisationType.VOCATIONAL_COLLEGE, OrganisationKind.EDUCATION_PROVIDER),
                Map.entry(OrganisationType.PRIVATE_TRAINING_PROVIDER, OrganisationKind.EDUCATION_PROVIDER),
                Map.entry(OrganisationType.SERVICE_PRODUCER, OrganisationKind.SERVICE_PRODUCER),
                Map.entry(OrganisationType.NGO, OrganisationKind.SERVICE_PRODUCER),
                Map.entry(OrganisationType.WELLBEING_SERVICES_COUNTY, OrganisationKind.OTHER),
                Map.entry(OrganisationType.AUTHORITY, OrganisationKind.OTHER),
                Map.entry(OrganisationType.FUNDER, OrganisationKind.OTHER),
                Map.entry(OrganisationType.UNION, OrganisationKind.OTHER),
                Map.entry(OrganisationType.OTHER, OrganisationKind.OTHER)));
    }

    @Test
    void theRegistrationCarriesTheKindOfTheOrganisationsType() {
        OrganisationProfile profile = new OrganisationProfile("Demo-ammattiopisto", "0000010-8",
                OrganisationType.VOCATIONAL_COLLEGE, Ring.CORE, List.of("11"), List.of("documentation"), List.of(),
                List.of(), "info@opisto.demo.osaava.fi", true, null);

        Organisation organisation = Organisation.register(profile, OrganisationParticipationTest.NOW,
                OrganisationParticipationTest.COORDINATOR);

        assertThat(organisation.raisedEvents(OrganisationRegistered.class))
                .extracting(OrganisationRegistered::type, OrganisationRegistered::kind)
                .containsExactly(tuple(OrganisationType.VOCATIONAL_COLLEGE,
                        OrganisationKind.EDUCATION_PROVIDER));
        OutboxEvent registered = organisation.stageRaisedEvents().get(0);
        EventContracts.assertConforms(registered.type(), registered.payload());
        assertThat(registered.payload()).contains("\"kind\":\"EDUCATION_PROVIDER\"");
    }
}
