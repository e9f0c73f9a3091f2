package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailCountsTest {

    @Test
    void theBalanceTellsMissingFromDuplicatedAndUnexpectedPerRecipient() {
        MailCounts counts = new MailCounts();
        counts.expect("r1@load.test", 2);
        counts.expect("r2@load.test", 1);
        counts.expect("r3@load.test", 1);
        counts.accepted("r1@load.test");
        counts.accepted("R1@Load.test"); // addresses compare without case
        counts.accepted("r2@load.test");
        counts.accepted("r2@load.test");
        counts.accepted("r9@load.test");
        counts.accepted("raw0@raw.test");

        assertThat(counts.balance("@load.test")).isEqualTo(new MailCounts.Balance(4, 5, 1, 1, 1));
    }

    @Test
    void businessIdsCarryTheirCheckDigit() {
        assertThat(OsaavaApi.businessId(1)).isEqualTo("0000001-9"); // the demo data's first
        assertThat(OsaavaApi.businessId(90)).isEqualTo("0000090-8");
    }
}
