package fi.osaava.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import fi.osaava.kit.testing.sample.SampleApplication;

class ModuleRulesTest {

    @Test
    void everyWayOfReachingAnotherFeaturesDocumentsOrInternalsIsNamed() {
        assertThatThrownBy(() -> ModuleRules.verify(ApplicationModules.of(SampleApplication.class, location -> true),
                SampleApplication.class, Path.of("src/test/java")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("4 module boundary problem(s) in SampleApplication")
                .hasMessageContaining("Module 'b' depends on non-exposed type fi.osaava.kit.testing.sample.a.internal.Secret")
                .hasMessageContaining("sample.b.ThingReader (b) uses Things of a")
                .hasMessageContaining("sample.b.ThingReader (b) uses Thing of a")
                .hasMessageContaining("b/ThingReader.java:25 (b) names 'things', owned by a")
                .message().doesNotContain("ThingUser");
    }

    @Test
    void aCollectionIsOwnedByTheFeatureThatDeclaresItsDocument() {
        assertThat(CollectionOwnership.foreignUses(Path.of("src/test/java"), "fi.osaava.kit.testing.sample"))
                .extracting(CollectionOwnership.ForeignUse::owner, CollectionOwnership.ForeignUse::collection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "things"));
    }
}
