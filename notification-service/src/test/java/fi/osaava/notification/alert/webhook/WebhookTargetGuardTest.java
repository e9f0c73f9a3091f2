package fi.osaava.notification.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetGuardTest {

    private final WebhookTargetGuard production = new WebhookTargetGuard(WebhookProperties.defaults());
    private final WebhookTargetGuard localDevelopment =
            new WebhookTargetGuard(WebhookProperties.defaults().withPrivateTargetsAllowed());

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.1.2.3/", "https://localhost:8443/hook",
            "https://10.0.0.1/", "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://0.1.2.3/",
            "https://100.64.0.1/", "https://100.127.255.255/", "https://224.0.0.1/", "https://255.255.255.255/",
            "https://[::1]/", "https://[::]/", "https://[fe80::1]/", "https://[fc00::1]/", "https://[fd12:3456::1]/",
            "https://[ff02::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:169.254.169.254]/",
            "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/"})
    void refusesInternalAddresses(String url) {
        assertThat(production.validate(url)).hasValueSatisfying(reason -> assertThat(reason).contains("address"));
    }

    @Test
    void refusesShortSpellingsOfLoopback() {
        // java.net.URI does not take these as hosts at all, though InetAddress would read them as 127.0.0.1
        assertThat(production.validate("https://2130706433/")).isPresent();
        assertThat(production.validate("https://127.1/")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://8.8.8.8:8443/", "https://100.128.0.1/",
            "https://172.32.0.1/", "https://[2606:4700:4700::1111]/hook"})
    void acceptsPublicAddresses(String url) {
        assertThat(production.validate(url)).isEmpty();
    }

    @Test
    void refusesPlainHttpUnlessInLocalDevelopment() {
        assertThat(production.validate("http://93.184.215.14/hook")).contains("must use https");
        assertThat(localDevelopment.validate("http://127.0.0.1:8080/hook")).isEmpty();
    }

    @Test
    void refusesOtherSchemesEvenInLocalDevelopment() {
        assertThat(localDevelopment.validate("ftp://127.0.0.1/")).contains("must use https");
        assertThat(localDevelopment.validate("file:///etc/passwd")).contains("must use https");
    }

    @Test
    void refusesUserInformationEvenInLocalDevelopment() {
        assertThat(production.validate("https://trusted.example@93.184.215.14/")).contains(
                "must not contain user information");
        assertThat(localDevelopment.validate("https://user:pw@127.0.0.1/")).contains(
                "must not contain user information");
    }

    @Test
    void refusesWhatIsNotAnAbsoluteUrlWithAHost() {
        assertThat(production.validate("not a url")).contains("is not a valid URL");
        assertThat(production.validate("/relative/hook")).contains("is not an absolute http(s) URL");
        assertThat(production.validate("mailto:someone@example.com")).contains("is not an absolute http(s) URL");
        assertThat(production.validate("https:///hook")).contains("must name a host");
    }

    @Test
    void allowsPrivateAddressesInLocalDevelopment() {
        assertThat(localDevelopment.validate("https://10.0.0.1/")).isEmpty();
        assertThat(localDevelopment.validate("https://localhost/")).isEmpty();
    }

    @Test
    void refusesAHostOfWhichAnyResolvedAddressIsInternal() throws UnknownHostException {
        InetAddress publicAddress = InetAddress.getByName("93.184.215.14");
        InetAddress metadata = InetAddress.getByName("169.254.169.254");
        WebhookTargetGuard guard = new WebhookTargetGuard(false, host -> new InetAddress[] {publicAddress, metadata});

        assertThat(guard.check(URI.create("https://receiver.example/hook"))).isPresent();
    }

    @Test
    void checksAgainBeforeSendingBecauseTheNameMayResolveElsewhereByThen() throws UnknownHostException {
        InetAddress[] answer = {InetAddress.getByName("93.184.215.14")};
        WebhookTargetGuard guard = new WebhookTargetGuard(false, host -> answer.clone());
        assertThat(guard.validate("https://receiver.example/hook")).isEmpty();

        answer[0] = InetAddress.getByName("10.1.2.3");

        assertThat(guard.check(URI.create("https://receiver.example/hook"))).isPresent();
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        WebhookTargetGuard guard = new WebhookTargetGuard(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(guard.validate("https://nowhere.example/")).contains("host does not resolve");
    }

    @Test
    void refusesIpv4MappedAddressesEvenWhenTheJdkKeepsThemAsIpv6() throws UnknownHostException {
        byte[] mappedMetadata = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254,
                (byte) 169, (byte) 254};

        assertThat(WebhookTargetGuard.isForbidden(java.net.Inet6Address.getByAddress(null, mappedMetadata, -1)))
                .isTrue();
    }
}
