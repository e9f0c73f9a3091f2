package fi.osaava.notification.alert.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.alert.AlertReason.Role;
import fi.osaava.notification.matching.Topic;

/** A mail filled into a skeleton is exactly the mail the templates render for that recipient. */
class AlertSkeletonsTest {

    final EmailTemplates templates = new EmailTemplates();

    @Test
    void everyFilledMailEqualsTheMailRenderedStraightFromTheTemplates() {
        Random random = new Random(14);
        List<String> names = List.of("", "Maija Meikäläinen", "  Åsa Öberg  ", "<b>Bold</b> & \"quoted\" 'single'",
                "Tom & Jerry <tom@example.org>", "{0} ${name} #{greeting} [(${x})]", "Ääkköset € ✓ 漢字 😀",
                AlertSkeletons.NAME.substring(0, 12));
        List<AlertReason> reasons = List.of(new AlertReason(Role.PROVIDER_OFFERS, Set.of("medication-safety")),
                new AlertReason(Role.SUBSCRIBED, Set.of()), new AlertReason(Role.REPORTER, Set.of()),
                new AlertReason(Role.PRODUCER_INTERESTED, Set.of("medication-safety", "elderly-care")));
        int compared = 0;
        for (Topic topic : Topic.values()) {
            for (String language : List.of("fi", "sv", "en", "de")) {
                for (int i = 0; i < 6; i++) {
                    String name = names.get(random.nextInt(names.size()));
                    AlertReason reason = reasons.get(random.nextInt(reasons.size()));
                    EmailLinks links = new EmailLinks(
                            URI.create("https://alerts.osaava.fi/unsubscribe/" + token(random) + "?a=1&b=2"),
                            URI.create("https://alerts.osaava.fi/preferences/" + token(random)));
                    var event = EmailTemplatesTest.event(topic, i % 2 == 0 ? EmailTemplatesTest.TITLES
                            : Map.of("fi", "Otsikko <script>alert('x')</script> & muuta"));

                    RenderedEmail filled = templates.alert(event, reason, language, name, links);
                    RenderedEmail straight = templates.alertWithoutSkeleton(event, reason, language, name, links);

                    assertThat(filled).as("%s in %s for %s", topic, language, name).isEqualTo(straight);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(Topic.values().length * 4 * 6);
    }

    @Test
    void oneEventsMailsToThousandsOfRecipientsAreRenderedOnce() {
        var event = EmailTemplatesTest.event(Topic.NEED_PUBLISHED, EmailTemplatesTest.TITLES);
        for (int i = 0; i < 1_000; i++) {
            EmailLinks links = new EmailLinks(URI.create("https://alerts.osaava.fi/unsubscribe/u" + i),
                    URI.create("https://alerts.osaava.fi/preferences/p" + i));
            RenderedEmail mail = templates.alert(event, EmailTemplatesTest.PROVIDER, "fi", "Vastaanottaja " + i, links);

            assertThat(mail.text()).contains("Hei Vastaanottaja " + i + ",").contains("/unsubscribe/u" + i + "\n")
                    .doesNotContain("osaavaslot");
            assertThat(mail.html()).contains("href=\"https://alerts.osaava.fi/preferences/p" + i + "\"");
        }
        // named and unnamed greetings differ in their words, not only in the name
        templates.alert(event, EmailTemplatesTest.PROVIDER, "fi", "", EmailTemplatesTest.LINKS);

        assertThat(templates.skeletonsHeld()).isEqualTo(2);
    }

    @Test
    void aTitleCannotSmuggleInAnotherRecipientsLinkOrName() {
        var event = EmailTemplatesTest.event(Topic.NEED_PUBLISHED, Map.of("fi", "osaavaslotname osaavaslotunsubscribe"));

        RenderedEmail mail = templates.alert(event, EmailTemplatesTest.PROVIDER, "fi", "Maija", EmailTemplatesTest.LINKS);

        assertThat(mail.subject()).contains("osaavaslotname osaavaslotunsubscribe");
        assertThat(mail.text()).contains("osaavaslotname osaavaslotunsubscribe");
    }

    private static String token(Random random) {
        return Long.toHexString(random.nextLong()) + "." + Long.toHexString(random.nextLong());
    }
}
