package fi.osaava.notification.subscription.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.alert.email.EmailLinks;
import fi.osaava.notification.alert.email.EmailTemplates;
import fi.osaava.notification.alert.email.RenderedEmail;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.SignedLinks;
import fi.osaava.notification.subscription.SubscriptionPreferences;
import fi.osaava.notification.subscription.SubscriptionPreferences.PreferencesView;

/** The whole service: a mail's own links work over plain HTTP through the kit's security, with no cookie or token. */
@ServiceIntegrationTest
class SubscriptionPagesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SignedLinks links;

    @Autowired
    EmailTemplates templates;

    @MockitoBean
    SubscriptionPreferences preferences;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, URI link, String form) throws Exception {
        URI local = URI.create("http://localhost:" + port + link.getPath());
        HttpRequest.Builder request = HttpRequest.newBuilder(local);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLinksOfAMailWorkWithoutALogin() throws Exception {
        when(preferences.find("sub-9")).thenReturn(Optional.of(new PreferencesView("sub-9", "Hoiva Oy", Channel.EMAIL,
                "a@hoiva.example", true, true, EnumSet.of(Topic.NEED_PUBLISHED), EnumSet.of(Topic.NEED_PUBLISHED),
                Cadence.IMMEDIATE, "sv")));
        EmailLinks mailLinks = new EmailLinks(links.unsubscribeUrl("sub-9"), links.preferencesUrl("sub-9"));
        RenderedEmail mail = templates.alert(new AlertEvent("e-1", Topic.NEED_PUBLISHED, "need-1", Instant.now(),
                Set.of("11"), Set.of("medication-safety"), Set.of("STAFF"), null, "org-a", Set.of(),
                Map.of("fi", "Lääkehoito"), Map.of()), new AlertReason(AlertReason.Role.SUBSCRIBED, Set.of()), "sv",
                "", mailLinks);
        assertThat(mail.text()).contains(mailLinks.unsubscribe().toString());

        HttpResponse<String> page = send("GET", mailLinks.unsubscribe(), "");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Avsluta prenumerationen");
        verify(preferences, never()).unsubscribe("sub-9");

        HttpResponse<String> oneClick = send("POST", mailLinks.unsubscribe(), "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.headers().firstValue("Set-Cookie")).isEmpty();
        verify(preferences).unsubscribe("sub-9");

        assertThat(send("GET", mailLinks.preferences(), "").statusCode()).isEqualTo(200);
        assertThat(send("POST", mailLinks.preferences(), "cadence=DAILY&language=sv").statusCode()).isEqualTo(400);
        assertThat(send("POST", URI.create("/unsubscribe/forged.token"), "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(404);
    }
}
