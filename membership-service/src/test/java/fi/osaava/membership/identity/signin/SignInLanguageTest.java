package fi.osaava.membership.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLanguageTest {

    @Test
    void theFirstOfThePreferredLanguagesOfferedHereIsTaken() {
        assertThat(SignInLanguage.firstSupported("sv")).isEqualTo("sv");
        assertThat(SignInLanguage.firstSupported("sv-FI en")).isEqualTo("sv");
        assertThat(SignInLanguage.firstSupported("de-DE  en-GB fi")).isEqualTo("en");
        assertThat(SignInLanguage.firstSupported(" fi ")).isEqualTo("fi");
    }

    @Test
    void noneOfThemOrNoneAskedIsNothing() {
        assertThat(SignInLanguage.firstSupported("de fr")).isNull();
        assertThat(SignInLanguage.firstSupported("")).isNull();
        assertThat(SignInLanguage.firstSupported("not a tag!")).isNull();
        assertThat(SignInLanguage.firstSupported(null)).isNull();
    }
}
