package fi.osaava.catalogue;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.testing.ModuleRules;

class ModularityTest {

    @Test
    void featuresDependOnlyOnWhatOthersOffer() {
        ModuleRules.verify(CatalogueApplication.class);
    }
}
