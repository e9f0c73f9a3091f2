package fi.osaava.needs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import fi.osaava.kit.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void followsTheHouseRules() {
        ArchitectureRules.verify("needs");
    }

    @Test
    void foresightReadsNeedsWhileNeedsKnowNothingOfForesight() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.osaava.needs");

        noClasses().that().resideInAPackage("fi.osaava.needs.need..").should().dependOnClassesThat()
                .resideInAPackage("fi.osaava.needs.foresight..")
                .because("foresight is a report over needs, not part of their lifecycle").check(classes);
        noClasses().that().resideInAPackage("fi.osaava.needs.foresight..").should().dependOnClassesThat()
                .resideInAPackage("fi.osaava.needs.need.web..")
                .because("foresight uses the need feature's domain types, not its HTTP adapter").check(classes);
    }
}
