package fi.osaava.needs;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void followsTheHouseRules() {
        ArchitectureRules.verify("needs");
    }
}
