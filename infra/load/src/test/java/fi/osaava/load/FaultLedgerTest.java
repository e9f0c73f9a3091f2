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
        ledger.mail(1, "a@load.test");
        ledger.mail(1, "B@load.test ");
        ledger.mail(1, "b@load.test");

        FaultLedger.Tally tally = ledger.tally(List.of(1L), 0);

        assertThat(tally.accepted()).isEqualTo(1);
        assertThat(tally.owed()).isEqualTo(3);
        assertThat(tally.deliveredOnce()).isEqualTo(2);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.clean()).isFalse();
        assertThat(ledger.allArrived(List.of(1L))).isFalse();
        ledger.mail(1, "c@load.test");
        assertThat(ledger.allArrived(List.of(1L))).isTrue();
    }

    @Test
    void anUncertainWriteOwesNothingButMayNotBeDoubled() {
        ledger.uncertain(2, Set.of("a@load.test"));
        assertThat(ledger.tally(List.of(2L), 0)).isEqualTo(new FaultLedger.Tally(0, 0, 1, 0, 0, 0, 0));
        assertThat(ledger.allArrived(List.of(2L))).isTrue();

        ledger.mail(2, "a@load.test");
        ledger.mail(2, "a@load.test");

        assertThat(ledger.tally(List.of(2L), 0).duplicated()).isEqualTo(1);
    }

    @Test
    void aMaybeRecipientMayGetOneMailOrNoneButNotTwo() {
        ledger.accepted(3, Set.of("a@load.test"), Set.of("c1@load.test"));
        ledger.mail(3, "a@load.test");
        assertThat(ledger.tally(List.of(3L), 0).clean()).isTrue();

        ledger.mail(3, "c1@load.test");
        assertThat(ledger.tally(List.of(3L), 0).clean()).isTrue();
        assertThat(ledger.unexpected("@load.test")).isZero();

        ledger.mail(3, "c1@load.test");
        assertThat(ledger.tally(List.of(3L), 0).duplicated()).isEqualTo(1);
    }

    @Test
    void aMailToNobodyOwedIsUnexpectedUnlessTheRecipientComesAndGoesAndIsNotForbidden() {
        ledger.accepted(4, Set.of("a@load.test"));
        ledger.accepted(5, Set.of("a@load.test"));
        ledger.comesAndGoes("c2@load.test");
        ledger.forbid(5, Set.of("c2@load.test"));

        ledger.mail(4, "stranger@load.test");
        ledger.mail(-1, "a@load.test");
        ledger.mail(4, "c2@load.test");
        ledger.mail(4, "someone@elsewhere.test");
        assertThat(ledger.unexpected("@load.test")).isEqualTo(2);

        ledger.mail(5, "c2@load.test");
        assertThat(ledger.unexpected("@load.test")).isEqualTo(3);
    }

    @Test
    void theLastMailOfSomeNeedsIsRememberedAndRefusalsAreCounted() {
        ledger.accepted(6, Set.of("a@load.test"));
        assertThat(ledger.lastMailOf(List.of(6L))).isZero();
        long before = System.nanoTime();
        ledger.mail(6, "a@load.test");
        assertThat(ledger.lastMailOf(List.of(6L))).isGreaterThanOrEqualTo(before);
        ledger.refused();
        ledger.refused();
        assertThat(ledger.refusedSoFar()).isEqualTo(2);
        assertThat(ledger.needsSoFar()).containsExactly(6L);
    }
}
