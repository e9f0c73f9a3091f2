package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;

/**
 * A need's coverage is computed before the need is saved: publishing a need that an offering already covers is one
 * read and one write, with every event in it.
 */
class NeedManagementCoverageTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy PSHVA = new ActedBy("org-pshva", "user-1");
    static final CoveringOffering MEDICATION = new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
            List.of("medication-safety"));

    final Needs needs = mock(Needs.class);
    /** What the offerings' read model answers, in turn; the last answer repeats. */
    final List<List<CoveringOffering>> answers = new ArrayList<>();
    NeedManagement management;

    @BeforeEach
    void wire() {
        OfferingCoverage coverage = new OfferingCoverage() {
            @Override
            public List<CoveringOffering> coveringOfferingsOf(CompetenceNeed need) {
                return answers.size() > 1 ? answers.remove(0) : answers.get(0);
            }

            @Override
            public Optional<String> providerOfPublishedOffering(String offeringId) {
                return Optional.empty();
            }
        };
        when(needs.insert(any(CompetenceNeed.class))).thenAnswer(call -> call.getArgument(0));
        when(needs.save(any(CompetenceNeed.class))).thenAnswer(call -> call.getArgument(0));
        management = new NeedManagement(needs, coverage, new NeedAccess(), Clock.fixed(NOW, ZoneOffset.UTC),
                new NeedReads(java.time.Duration.ZERO));
    }

    @Test
    void aNeedCreatedAndPublishedThatIsAlreadyCoveredIsWrittenOnce() {
        answers.add(List.of(MEDICATION));

        CompetenceNeed created = management.create(NeedDraftBuilder.aNeed().build(), true, PSHVA);

        assertThat(created.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(created.raisedEvents()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("NeedPublished", "NeedCoverageGained", "NeedCovered");
        verify(needs, times(1)).insert(any(CompetenceNeed.class));
        verify(needs, never()).save(any(CompetenceNeed.class));
        verify(needs, never()).findById(any());
    }

    @Test
    void aDraftPublishedThatIsAlreadyCoveredIsReadOnceAndWrittenOnce() {
        CompetenceNeed draft = CompetenceNeed.draft(NeedDraftBuilder.aNeed().build(), NOW);
        when(needs.findById(draft.id())).thenReturn(Optional.of(draft));
        answers.add(List.of(MEDICATION));

        CompetenceNeed published = management.publish(draft.id(), PSHVA);

        assertThat(published.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(published.raisedEvents()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("NeedPublished", "NeedCoverageGained", "NeedCovered");
        verify(needs, times(1)).findById(draft.id());
        verify(needs, times(1)).save(any(CompetenceNeed.class));
    }

    @Test
    void anOfferingStoredBetweenTheComputationAndTheWriteCoversTheNeedAfterTheWrite() {
        CompetenceNeed draft = CompetenceNeed.draft(NeedDraftBuilder.aNeed().build(), NOW);
        when(needs.findById(draft.id())).thenReturn(Optional.of(draft));
        answers.add(List.of());
        answers.add(List.of(MEDICATION));

        CompetenceNeed published = management.publish(draft.id(), PSHVA);

        assertThat(published.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(published.coveringOfferings()).containsExactly(MEDICATION);
        verify(needs, times(2)).save(any(CompetenceNeed.class));
    }
}
