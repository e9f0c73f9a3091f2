package fi.osaava.notification.alert.email;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.alert.AlertReason.Role;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.AlertEventBuilder;
import fi.osaava.notification.matching.AlertEvent.Detail;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;

class EmailTemplatesTest {

    static final EmailLinks LINKS = new EmailLinks(URI.create("https://alerts.osaava.fi/unsubscribe/abc.def"),
            URI.create("https://alerts.osaava.fi/preferences/ghi.jkl"));
    static final Map<String, String> TITLES = Map.of("fi", "Lääkehoidon turvallisuus kotihoidossa",
            "sv", "Läkemedelssäkerhet i hemvården", "en", "Medication safety in home care");
    static final AlertReason PROVIDER = new AlertReason(Role.PROVIDER_OFFERS, Set.of("medication-safety"));

    final EmailTemplates templates = new EmailTemplates();

    static AlertEvent event(Topic topic, Map<String, String> titles) {
        Map<String, String> details = new HashMap<>();
        details.put(Detail.DESCRIPTION, "Kotihoidon lääkehoito vaatii lisäkoulutusta.");
        details.put(Detail.ESTIMATED_LEARNERS, "120");
        details.put(Detail.HORIZON, "WITHIN_A_YEAR");
        details.put(Detail.STARTS_AT, "2026-05-04T06:00:00Z");
        details.put(Detail.ENDS_AT, "2026-05-04T13:00:00Z");
        details.put(Detail.REGISTRATION_DEADLINE, "2026-04-20T20:59:00Z");
        details.put(Detail.STARTS_ON, "2026-09-01");
        details.put(Detail.ENDS_ON, "2026-09-30");
        details.put(Detail.PLACE, "Kuopio, Savonia");
        details.put(Detail.ONLINE_URL, "https://teams.example/meet/1");
        details.put(Detail.ANSWER_KIND, "PLAN");
        details.put(Detail.ANSWER_MESSAGE, "Aloitamme syksyllä.");
        details.put(Detail.EXPECTED_START, "2026-09-01");
        details.put(Detail.OFFERING_TITLE, "Lääkehoidon täydennyskoulutus");
        return anAlertEvent().withId("evt-" + topic).about(topic, "subject-1").at(Instant.parse("2026-03-02T08:15:00Z"))
                .inRegions("11").inAreas("medication-safety").forTargetGroups("STAFF").inCategory("PROVIDER_TRAINING")
                .by("org-a").concerning("org-b").titled(titles).withDetails(details).build();
    }

    static Stream<Arguments> topicsAndLanguages() {
        return Stream.of(Topic.values()).flatMap(topic -> Stream.of("fi", "sv", "en")
                .map(language -> Arguments.of(topic, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("topicsAndLanguages")
    void rendersEveryTopicInEveryLanguageWithAllItsWords(Topic topic, String language) {
        RenderedEmail mail = templates.alert(event(topic, TITLES), PROVIDER, language, "Maija Meikäläinen", LINKS);

        assertThat(mail.subject()).contains(TITLES.get(language)).doesNotContain("??");
        for (String part : List.of(mail.text(), mail.html())) {
            assertThat(part).contains(TITLES.get(language)).doesNotContain("??").doesNotContain("[(")
                    .contains(LINKS.unsubscribe().toString()).contains(LINKS.preferences().toString())
                    .contains("Maija Meikäläinen");
        }
        assertThat(mail.html()).contains("lang=\"" + language + "\"");
    }

    @Test
    void saysWhyInTheMatchedAreasWords() {
        assertThat(templates.alert(event(Topic.NEED_PUBLISHED, TITLES), PROVIDER, "fi", "", LINKS).text())
                .contains("koska organisaatiosi tarjoaa koulutusta osaamisalueilla: Lääkehoidon turvallisuus.");
        assertThat(templates.alert(event(Topic.NEED_PUBLISHED, TITLES), PROVIDER, "sv", "", LINKS).text())
                .contains("kompetensområdena: Läkemedelssäkerhet.");
        assertThat(templates.alert(event(Topic.NEED_PUBLISHED, TITLES),
                new AlertReason(Role.SUBSCRIBED, Set.of()), "en", "", LINKS).html())
                .contains("because you subscribed to these alerts");
    }

    @Test
    void showsTimesInHelsinkiInTheLanguagesFormat() {
        AlertEvent meeting = event(Topic.MEETING_SCHEDULED, TITLES);

        assertThat(templates.alert(meeting, PROVIDER, "fi", "", LINKS).text()).contains("Alkaa: 4.5.2026 klo 9.00");
        assertThat(templates.alert(meeting, PROVIDER, "sv", "", LINKS).text()).contains("Börjar: 4.5.2026 kl. 9.00");
        assertThat(templates.alert(meeting, PROVIDER, "en", "", LINKS).text()).contains("Starts: 4 May 2026 at 09:00");
    }

    @Test
    void anUnknownLanguageIsFinnishAndAMissingTitleFallsBackToFinnish() {
        RenderedEmail mail = templates.alert(event(Topic.NEED_PUBLISHED, Map.of("fi", "Vain suomeksi")), PROVIDER,
                "de", "", LINKS);

        assertThat(mail.subject()).isEqualTo("Uusi osaamistarve: Vain suomeksi");
        assertThat(mail.text()).startsWith("Hei,");
        assertThat(templates.alert(event(Topic.NEED_PUBLISHED, TITLES), PROVIDER, "sv-FI", "", LINKS).subject())
                .startsWith("Nytt kompetensbehov");
    }

    @Test
    void escapesEventTextInTheHtmlPart() {
        RenderedEmail mail = templates.alert(event(Topic.OFFERING_PUBLISHED,
                Map.of("fi", "<script>alert('x')</script> & muuta")), PROVIDER, "fi", "<b>Eve</b>", LINKS);

        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>Eve</b>")
                .contains("&lt;script&gt;").contains("&amp; muuta");
        assertThat(mail.text()).contains("<script>alert('x')</script> & muuta");
    }

    @Test
    void linksOnlyWebAddressesInTheHtmlPart() {
        AlertEvent event = event(Topic.MEETING_SCHEDULED, TITLES);
        Map<String, String> details = new HashMap<>(event.details());
        details.put(Detail.ONLINE_URL, "javascript:alert(1)");
        AlertEvent hostile = AlertEventBuilder.like(event).withDetails(details).build();

        assertThat(templates.alert(hostile, PROVIDER, "fi", "", LINKS).html()).doesNotContain("href=\"javascript:");
        assertThat(templates.alert(event, PROVIDER, "fi", "", LINKS).html())
                .contains("href=\"https://teams.example/meet/1\"");
    }

    @Test
    void aDigestGroupsItsAlertsByTopicAndCountsThem() {
        List<DigestEntry> entries = List.of(
                new DigestEntry(event(Topic.NEED_PUBLISHED, Map.of("fi", "Tarve A", "sv", "Behov A")), PROVIDER),
                new DigestEntry(event(Topic.OFFERING_PUBLISHED, Map.of("fi", "Koulutus B")), PROVIDER),
                new DigestEntry(event(Topic.NEED_PUBLISHED, Map.of("fi", "Tarve C")),
                        new AlertReason(Role.SUBSCRIBED, Set.of())));

        RenderedEmail fi = templates.digest(entries, Cadence.WEEKLY, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-08"), "fi", "Maija", LINKS);

        assertThat(fi.subject()).isEqualTo("Osaavan viikkokooste 2.3.2026–8.3.2026: 3 ilmoitusta");
        assertThat(fi.text()).contains("Uudet osaamistarpeet (2)").contains("Uudet koulutukset (1)")
                .contains("Koosteessa on 3 ilmoitusta ajalta 2.3.2026–8.3.2026.")
                .contains(LINKS.unsubscribe().toString()).doesNotContain("??");
        assertThat(fi.text().indexOf("Tarve A")).isLessThan(fi.text().indexOf("Tarve C"));
        assertThat(fi.text().indexOf("Tarve C")).isLessThan(fi.text().indexOf("Uudet koulutukset (1)"));
        assertThat(fi.html()).contains("Uudet osaamistarpeet (2)").contains("Uudet koulutukset (1)")
                .contains(LINKS.unsubscribe().toString()).doesNotContain("??");

        RenderedEmail sv = templates.digest(entries.subList(0, 1), Cadence.DAILY, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"), "sv", "", LINKS);
        assertThat(sv.subject()).isEqualTo("Osaavas dagliga sammandrag 2.3.2026: 1 meddelande");
        assertThat(sv.html()).contains("Behov A").contains("Nya kompetensbehov (1)").doesNotContain("??");
    }

    @ParameterizedTest
    @MethodSource("digestLanguages")
    void aDigestRendersInEveryLanguageAndCadence(String language, Cadence cadence) {
        RenderedEmail mail = templates.digest(List.of(new DigestEntry(event(Topic.MEETING_SCHEDULED, TITLES), PROVIDER)),
                cadence, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"), language, "", LINKS);

        assertThat(mail.subject()).doesNotContain("??");
        assertThat(mail.text()).contains(TITLES.get(language)).doesNotContain("??")
                .contains(LINKS.preferences().toString());
        assertThat(mail.html()).contains(TITLES.get(language)).doesNotContain("??")
                .contains(LINKS.preferences().toString());
    }

    static Stream<Arguments> digestLanguages() {
        return Stream.of("fi", "sv", "en").flatMap(language -> Stream.of(Cadence.values())
                .map(cadence -> Arguments.of(language, cadence)));
    }

    @Test
    void theThreeBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<Object> finnish = bundle("fi").keySet();

        assertThat(bundle("sv").keySet()).isEqualTo(finnish);
        assertThat(bundle("en").keySet()).isEqualTo(finnish);
    }

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmailTemplatesTest.class.getResourceAsStream("/i18n/email_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
