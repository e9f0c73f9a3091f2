package fi.osaava.needs.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForesightAccessTest {

    final ForesightAccess access = new ForesightAccess();

    @Test
    void everyReportNeedsOnlyAValidTokenWhateverTheRole() {
        assertThat(access.roleEndpoints().rules()).isEmpty();
        assertThat(access.publicEndpoints().endpoints()).isEmpty();
    }
}
