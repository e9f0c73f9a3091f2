package fi.osaava.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The house rules of STYLE.md, checked on one service's production classes. */
public final class ArchitectureRules {

    static final List<String> SERVICES = List.of("membership", "catalogue", "needs", "notification");

    private ArchitectureRules() {
    }

    /** @param service the service's package under {@code fi.osaava}, e.g. {@code needs} */
    public static void verify(String service) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.osaava." + service);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().should().dependOnClassesThat().resideInAPackage("fi.osaava." + other + "..")
                        .because("a service learns about the others only from events").check(classes);
            }
        }
        noClasses().should().resideInAnyPackage("..service..", "..util..", "..common..", "..helpers..")
                .because("packages are named by feature, not by technical layer").check(classes);
        noClasses().that().resideOutsideOfPackage("..web..").should().dependOnClassesThat()
                .resideInAPackage("fi.osaava." + service + "..web..")
                .because("the domain does not know its HTTP adapter").allowEmptyShould(true).check(classes);
        noClasses().that().resideOutsideOfPackage("..web..").should().dependOnClassesThat()
                .resideInAPackage("fi.osaava.kit.web..")
                .because("the domain refuses with fi.osaava.kit.domain's exceptions; the kit's web layer maps them "
                        + "to problem details in one place").allowEmptyShould(true).check(classes);
        noClasses().should().beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .because("who may do what lives in the feature's FeatureAccess, one place per feature")
                .check(classes);
        noMethods().should().beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .because("who may do what lives in the feature's FeatureAccess, one place per feature")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideOutsideOfPackage("..messaging..").should().dependOnClassesThat()
                .resideInAPackage("fi.osaava." + service + "..messaging..")
                .because("the domain does not know its Kafka adapter").allowEmptyShould(true).check(classes);
    }
}
