package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault harness's short form on the whole running stack: notification-service killed (SIGKILL) mid-load and
 * started again, then the Kafka broker stopped and started again; every mail owed for every need a service accepted
 * arrives exactly once, outboxes and the delivery queue end empty, and nothing is given up (DEAD).
 */
class FaultsShortIT {

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void aKilledServiceAndABrokerRestartLoseNothingAndDoubleNothing() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));

        FaultMain.Outcome outcome = FaultMain.run(FaultMain.Plan.shortForm(), target,
                line -> System.out.println("[faults] " + line));

        System.out.println(outcome.markdown());
        assertThat(outcome.rows()).hasSize(2).allSatisfy(row -> {
            assertThat(row.tally().accepted()).as(row.scenario().name() + ": needs accepted").isPositive();
            assertThat(row.tally().lost()).as(row.scenario().name() + ": lost").isZero();
            assertThat(row.tally().duplicated()).as(row.scenario().name() + ": duplicated").isZero();
        });
        assertThat(outcome.problems()).isEmpty();
    }
}
