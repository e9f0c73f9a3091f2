package fi.osaava.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import fi.osaava.kit.testing.ModuleRules;

/** The service's features as verified modules, and their diagrams in docs/architecture/notification (see ARCHITECTURE.md). */
class ModularityTest {

    @Test
    void featuresReachEachOtherOnlyThroughWhatTheyOffer() throws Exception {
        ApplicationModules modules = ModuleRules.verify(NotificationApplication.class);
        ModuleRules.document(modules, "notification");
    }
}
