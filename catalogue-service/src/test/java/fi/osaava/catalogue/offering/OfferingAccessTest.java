package fi.osaava.catalogue.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.NotFoundException;

class OfferingAccessTest {

    final OfferingAccess access = new OfferingAccess();
    final Offering draft = Offering.draft(OfferingTest.webinar(), OfferingTest.NOW);

    @Test
    void onlyTheProviderChangesAnOfferingToAnyoneElseItIsNotThere() {
        assertThatCode(() -> access.requireProvider(draft, "org-tamk")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireProvider(draft, "org-other")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsSeenOnlyByItsProviderAPublishedOneByAnyone() {
        assertThat(access.maySee(draft, "org-tamk")).isTrue();
        assertThat(access.maySee(draft, "org-other")).isFalse();
        assertThat(access.maySee(draft, null)).isFalse();

        draft.publish(OfferingTest.NOW, OfferingTest.TAMK);

        assertThat(access.maySee(draft, "org-other")).isTrue();
        assertThat(access.maySee(draft, null)).isTrue();
    }
}
