package fi.osaava.catalogue.network;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.kit.domain.NotFoundException;

class NetworkAccessTest {

    final ExpertNetwork network = ExpertNetwork.start("org-host", new NetworkDraft("Haavanhoidon verkosto",
            NetworkKind.EXPERT, "Asiantuntijat jakavat osaamistaan", "Ota yhteyttä", List.of("medication-safety"),
            List.of("11"), "fi", new ContactPerson("Hanna Host", "hanna@host.example.fi")), Instant.EPOCH);

    @Test
    void onlyTheHostChangesANetworkToAnyoneElseItIsNotThere() {
        NetworkAccess access = new NetworkAccess();

        assertThatCode(() -> access.requireHost(network, "org-host")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireHost(network, "org-other")).isInstanceOf(NotFoundException.class);
    }
}
