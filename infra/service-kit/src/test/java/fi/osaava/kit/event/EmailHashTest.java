package fi.osaava.kit.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailHashTest {

    @Test
    void isTheSha256OfTheStrippedLowerCasedAddress() {
        // sha256("anna@example.org"), computed with sha256sum
        assertThat(EmailHash.of(" Anna@Example.ORG ")).isEqualTo(EmailHash.of("anna@example.org"))
                .isEqualTo("a3bf86238a1c59bd2f0a648af9293620f90d18dad133d8fe2341cf9664a5d6d0");
    }

    @Test
    void differentAddressesHashDifferently() {
        assertThat(EmailHash.of("anna@example.org")).isNotEqualTo(EmailHash.of("anne@example.org"));
    }
}
