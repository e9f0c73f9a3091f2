package fi.osaava.kit.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Makes a test context trust {@link TestTokens}: its issuer, validated over HTTP against its JWKS. */
public class TestTokensInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "osaava.security.issuer=" + TestTokens.ISSUER,
                "osaava.security.jwk-set-uri=" + TestTokens.jwkSetUri());
    }
}
