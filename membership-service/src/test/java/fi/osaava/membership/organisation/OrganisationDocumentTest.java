package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The contact persons have a class of their own ({@link ContactRoster}), but their fields are still the
 * document's own: stored organisations are read as they are, and a written one has the same fields.
 */
class OrganisationDocumentTest {

    private MappingMongoConverter converter;

    @BeforeEach
    void converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
    }

    @Test
    void theContactPersonsAndTheErasedIdsAreFieldsOfTheOrganisationsDocument() {
        Organisation organisation = OrganisationContactPersonsTest.organisation();
        ContactPerson aino = organisation.addContactPerson(OrganisationContactPersonsTest.aino(true),
                OrganisationContactPersonsTest.NOW, OrganisationContactPersonsTest.ACTOR);
        ContactPerson erased = organisation.addContactPerson(
                ContactDetailsBuilder.aContactPerson("Eero Erased", "eero@savonia.demo.osaava.fi").build(),
                OrganisationContactPersonsTest.NOW, OrganisationContactPersonsTest.ACTOR);
        organisation.eraseContactPerson(erased.id(), OrganisationContactPersonsTest.NOW,
                OrganisationContactPersonsTest.ACTOR);

        Document document = new Document();
        converter.write(organisation, document);

        assertThat(document).containsKeys("contactPersons", "erasedContactPersonIds").doesNotContainKey("contacts");
        assertThat(document.getList("contactPersons", Document.class)).singleElement()
                .satisfies(person -> assertThat(person.get("email")).isEqualTo(aino.email()));
        assertThat(document.getList("erasedContactPersonIds", String.class)).containsExactly(erased.id());
    }

    @Test
    void aStoredOrganisationIsReadWithItsContactPersonsAndErasures() {
        Organisation organisation = OrganisationContactPersonsTest.organisation();
        ContactPerson aino = organisation.addContactPerson(OrganisationContactPersonsTest.aino(true),
                OrganisationContactPersonsTest.NOW, OrganisationContactPersonsTest.ACTOR);
        Document document = new Document();
        converter.write(organisation, document);
        document.put("erasedContactPersonIds", List.of("erased-before"));

        Organisation read = converter.read(Organisation.class, document);

        assertThat(read.contactPersons()).extracting(ContactPerson::id).containsExactly(aino.id());
        assertThat(read.eraseContactPerson("erased-before", OrganisationContactPersonsTest.NOW,
                OrganisationContactPersonsTest.ACTOR)).isEqualTo(ContactErasure.ALREADY_ERASED);
    }

    @Test
    void aStoredOrganisationWithoutContactFieldsHasNoContactPersons() {
        Document document = new Document();
        converter.write(OrganisationContactPersonsTest.organisation(), document);
        document.remove("contactPersons");
        document.remove("erasedContactPersonIds");

        Organisation read = converter.read(Organisation.class, document);

        assertThat(read.contactPersons()).isEmpty();
        assertThat(read.eraseContactPerson("unknown", OrganisationContactPersonsTest.NOW,
                OrganisationContactPersonsTest.ACTOR)).isEqualTo(ContactErasure.UNKNOWN);
        ContactPerson added = read.addContactPerson(OrganisationContactPersonsTest.aino(false),
                OrganisationContactPersonsTest.NOW, OrganisationContactPersonsTest.ACTOR);
        assertThat(read.contactPersons()).extracting(ContactPerson::id).containsExactly(added.id());
    }
}
