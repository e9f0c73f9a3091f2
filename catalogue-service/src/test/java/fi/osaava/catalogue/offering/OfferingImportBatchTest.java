package fi.osaava.catalogue.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import fi.osaava.catalogue.offering.OfferingManagement.ImportOutcome;
import fi.osaava.catalogue.offering.OfferingManagement.UpsertOutcome;
import fi.osaava.kit.event.ActedBy;

/** When the batch of new offerings cannot be written at once, each is written (or fails) on its own. */
class OfferingImportBatchTest {

    static final ActedBy TAMK = new ActedBy("org-tamk", "tamk-course-system");

    @Test
    void aFailedBatchInsertFallsBackToOneWriteEachSoTheOthersAreStillSaved() {
        Offerings offerings = mock(Offerings.class);
        OfferingManagement management = new OfferingManagement(offerings, new OfferingAccess(),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        Offering meanwhile = Offering.draftFromFeed(OfferingTest.webinar(), "T-2", null, Instant.EPOCH);
        when(offerings.findByFeedKeyIn(anyList())).thenReturn(List.of());
        when(offerings.insert(anyList())).thenThrow(new DuplicateKeyException("T-2 was created by another import"));
        when(offerings.findByFeedKey("org-tamk/T-1")).thenReturn(Optional.empty());
        when(offerings.findByFeedKey("org-tamk/T-2")).thenReturn(Optional.of(meanwhile));
        when(offerings.insert(any(Offering.class))).thenAnswer(call -> call.getArgument(0));
        when(offerings.save(any(Offering.class))).thenAnswer(call -> call.getArgument(0));

        List<ImportOutcome> outcomes = management.upsertAll("org-tamk", List.of(
                new FeedUpsert("T-1", null, OfferingTest.webinar(), true),
                new FeedUpsert("T-2", null, OfferingTest.webinar("Uusi nimi"), false)), TAMK);

        assertThat(outcomes).extracting(o -> o.upserted().outcome())
                .containsExactly(UpsertOutcome.CREATED, UpsertOutcome.UPDATED);
        assertThat(outcomes.get(0).upserted().offering().status()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(outcomes.get(1).upserted().offering().title()).isEqualTo("Uusi nimi");
    }
}
