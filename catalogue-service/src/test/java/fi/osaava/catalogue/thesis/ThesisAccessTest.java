package fi.osaava.catalogue.thesis;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.kit.domain.NotFoundException;

class ThesisAccessTest {

    final ThesisTopic topic = ThesisTopic.open("org-host", new ThesisTopicDraft("Kotihoidon lääkehoito",
            "Opinnäytetyön aihe", StudyField.NURSING, List.of(DegreeLevel.UAS_BACHELOR), List.of("medication-safety"),
            List.of("11"), "fi", new ContactPerson("Hanna Host", "hanna@host.example.fi")), Instant.EPOCH);

    @Test
    void onlyTheHostChangesATopicToAnyoneElseItIsNotThere() {
        ThesisAccess access = new ThesisAccess();

        assertThatCode(() -> access.requireHost(topic, "org-host")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireHost(topic, "org-other")).isInstanceOf(NotFoundException.class);
    }
}
