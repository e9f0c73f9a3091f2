package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FaultLedgerTest {

    private final FaultLedger ledger = new FaultLedger();

    @Test
    void anAcceptedWriteOwesEachRecipientOneMailAndCountsTheMissingAsLostAndTheRepeatedAsDuplicated() {
        ledger.accepted(1, Set.of("a@load.test", "b@load.test", "c@load.test"));
        ledger.mail(1, "a@load.test", null);
        ledger.mail(1, "B@load.test ", null);
        ledger.mail(1, "b@load.test", null);

        FaultLedger.Tally tally = ledger.tally(List.of(1L), 0);

        assertThat(tally.accepted()).isEqualTo(1);
        assertThat(tally.owed()).isEqualTo(3);
        assertThat(tally.deliveredOnce()).isEqualTo(2);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.clean()).isFalse();
        assertThat(ledger.allArrived(List.of(1L))).isFalse();
        ledger.mail(1, "c@load.test", null);
        assertThat(ledger.allArrived(List.of(1L))).isTrue();
    }

    @Test
    void aMessageReceivedAgainUnderTheSameIdIsResentNotDuplicated() {
        ledger.accepted(9, Set.of("a@load.test", "b@load.test"));
        ledger.mail(9, "a@load.test", "<d1.1@osaava.fi>");
        ledger.mail(9, "a@load.test", "<d1.1@osaava.fi>");
        ledger.mail(9, "b@load.test", "<d1.2@osaava.fi>");
        ledger.mail(9, "b@load.test", "<d2.2@osaava.fi>");

        FaultLedger.Tally tally = ledger.tally(List.of(9L), 0);

        assertThat(tally.deliveredOnce()).isEqualTo(2);
        assertThat(tally.resent()).isEqualTo(1);
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(ledger.faults(List.of(9L), 10)).containsExactlyInAnyOrder(
                "write 9 to a@load.test: sent again under the same id, 2 copies", "write 9 to b@load.test: 2 messages");
    }

    @Test
    void anUncertainWriteOwesNothingButMayNotBeDoubled() {
        ledger.uncertain(2, Set.of("a@load.test"));
        assertThat(ledger.tally(List.of(2L), 0)).isEqualTo(new FaultLedger.Tally(0, 0, 1, 0, 0, 0, 0, 0));
        assertThat(ledger.allArrived(List.of(2L))).isTrue();

        ledger.mail(2, "a@load.test", null);
        ledger.mail(2, "a@load.test", null);

        assertThat(ledger.tally(List.of(2L), 0).duplicated()).isEqualTo(1);
    }

    @Test
    void aMaybeRecipientMayGetOneMailOrNoneButNotTwo() {
        ledger.accepted(3, Set.of("a@load.test"), Set.of("c1@load.test"));
        ledger.mail(3, "a@load.test", null);
        assertThat(ledger.tally(List.of(3L), 0).clean()).isTrue();

        ledger.mail(3, "c1@load.test", null);
        assertThat(ledger.tally(List.of(3L), 0).clean()).isTrue();
        assertThat(ledger.unexpected("@load.test")).isZero();

        ledger.mail(3, "c1@load.test", null);
        assertThat(ledger.tally(List.of(3L), 0).duplicated()).isEqualTo(1);
    }

    @Test
    void aComingAndGoingRecipientIsOwedAWriteOnlyIfStillSubscribedWhenItIsCounted() {
        java.util.concurrent.atomic.AtomicBoolean subscribed = new java.util.concurrent.atomic.AtomicBoolean(true);
        ledger.comesAndGoes("c3@load.test");
        ledger.accepted(7, Set.of("a@load.test"));
        ledger.owedIfStillSubscribed(7, java.util.Map.of("c3@load.test", subscribed::get));
        ledger.mail(7, "a@load.test", null);

        assertThat(ledger.tally(List.of(7L), 0).lost()).isEqualTo(1);
        assertThat(ledger.faults(List.of(7L), 10)).containsExactly("write 7 to c3@load.test: lost");
        assertThat(ledger.allArrived(List.of(7L))).isFalse();

        subscribed.set(false); // removed: what was not yet sent to it may be cancelled
        assertThat(ledger.tally(List.of(7L), 0).clean()).isTrue();
        ledger.accepted(8, Set.of("a@load.test"));
        ledger.owedIfStillSubscribed(8, java.util.Map.of("c3@load.test", () -> true));
        ledger.settle(List.of(8L)); // counted while still subscribed: owed from then on, whatever comes after
        assertThat(ledger.tally(List.of(8L), 0).lost()).isEqualTo(2);
        ledger.mail(7, "c3@load.test", null);
        ledger.mail(7, "c3@load.test", null);
        assertThat(ledger.tally(List.of(7L), 0).duplicated()).isEqualTo(1);
        assertThat(ledger.unexpected("@load.test")).isZero();
    }

    @Test
    void aMailToNobodyOwedIsUnexpectedUnlessTheRecipientComesAndGoesAndIsNotForbidden() {
        ledger.accepted(4, Set.of("a@load.test"));
        ledger.accepted(5, Set.of("a@load.test"));
        ledger.comesAndGoes("c2@load.test");
        ledger.forbid(5, Set.of("c2@load.test"));

        ledger.mail(4, "stranger@load.test", null);
        ledger.mail(-1, "a@load.test", null);
        ledger.mail(4, "c2@load.test", null);
        ledger.mail(4, "someone@elsewhere.test", null);
        assertThat(ledger.unexpected("@load.test")).isEqualTo(2);

        ledger.mail(5, "c2@load.test", null);
        assertThat(ledger.unexpected("@load.test")).isEqualTo(3);
    }

    @Test
    void theLastMailOfSomeNeedsIsRememberedAndRefusalsAreCounted() {
        ledger.accepted(6, Set.of("a@load.test"));
        assertThat(ledger.lastMailOf(List.of(6L))).isZero();
        long before = System.nanoTime();
        ledger.mail(6, "a@load.test", null);
        assertThat(ledger.lastMailOf(List.of(6L))).isGreaterThanOrEqualTo(before);
        ledger.refused();
        ledger.refused();
        assertThat(ledger.refusedSoFar()).isEqualTo(2);
        assertThat(ledger.needsSoFar()).containsExactly(6L);
    }
}
