package fi.osaava.kit.testing.sample;

import org.springframework.modulith.Modulithic;

/** A service with three features that break each module rule once, for {@code ModuleRulesTest}. */
@Modulithic
public class SampleApplication {
}
