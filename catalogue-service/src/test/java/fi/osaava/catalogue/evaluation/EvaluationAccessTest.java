package fi.osaava.catalogue.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;

class EvaluationAccessTest {

    static final Actor PROVIDER = new Actor("u1", "org-provider", Set.of(Actor.MEMBER));
    static final Actor OTHER = new Actor("u2", "org-other", Set.of(Actor.MEMBER));
    static final Actor COORDINATOR = new Actor("u3", "org-coordinator", Set.of(Actor.COORDINATOR));
    static final Instant ENDS = Instant.parse("2026-03-01T14:00:00Z");

    final EvaluationAccess access = new EvaluationAccess();

    static EvaluatedOffering offering(String status, String pricingKind) {
        return new EvaluatedOffering("offering-1", "org-provider", status, "PROVIDER_TRAINING", pricingKind,
                ENDS.minusSeconds(3600), ENDS);
    }

    @Test
    void theProviderDoesNotEvaluateItsOwnOffering() {
        assertThatThrownBy(() -> access.requireNotProvider(offering("ARCHIVED", "FREE"), "org-provider"))
                .isInstanceOf(NotPermittedException.class);
        assertThatCode(() -> access.requireNotProvider(offering("ARCHIVED", "FREE"), "org-other"))
                .doesNotThrowAnyException();
    }

    @Test
    void aFundedOfferingIsEvaluatedOnlyByOrganisationsHoldingSeatsAnyOtherByAnyone() {
        assertThatThrownBy(() -> access.requireParticipant(offering("ARCHIVED", "FUNDED"), () -> false))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("FUNDED");
        assertThatCode(() -> access.requireParticipant(offering("ARCHIVED", "FUNDED"), () -> true))
                .doesNotThrowAnyException();
        assertThatCode(() -> access.requireParticipant(offering("ARCHIVED", "PAID"), () -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void anOfferingsEvaluationsAreForItsProviderAndTheCoordinator() {
        EvaluatedOffering offering = offering("ARCHIVED", "FREE");
        assertThatCode(() -> access.requireSeesEvaluations(offering, PROVIDER)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireSeesEvaluations(offering, COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireSeesEvaluations(offering, OTHER)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aDraftIsThereOnlyForItsProvider() {
        assertThat(access.maySee(offering("DRAFT", "FREE"), PROVIDER)).isTrue();
        assertThat(access.maySee(offering("DRAFT", "FREE"), COORDINATOR)).isFalse();
        assertThat(access.maySee(offering("PUBLISHED", "FREE"), OTHER)).isTrue();
    }

    @Test
    void aProvidersReportIsForItselfAndTheCoordinatorTheCategoryReportForTheCoordinator() {
        assertThatCode(() -> access.requireSeesProviderReport("org-provider", PROVIDER)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireSeesProviderReport("org-provider", COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireSeesProviderReport("org-provider", OTHER))
                .isInstanceOf(NotPermittedException.class);

        assertThatCode(() -> access.requireSeesCategoryReport(COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireSeesCategoryReport(PROVIDER)).isInstanceOf(NotPermittedException.class);
    }
}
