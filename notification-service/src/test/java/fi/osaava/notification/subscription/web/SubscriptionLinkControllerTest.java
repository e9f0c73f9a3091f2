package fi.osaava.notification.subscription.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.LinkProperties;
import fi.osaava.notification.subscription.SignedLinks;
import fi.osaava.notification.subscription.SubscriptionAccess;
import fi.osaava.notification.subscription.SubscriptionPreferences;
import fi.osaava.notification.subscription.SubscriptionPreferences.PreferencesView;

@WebMvcTest(SubscriptionLinkController.class)
@Import({ApiSecurityConfiguration.class, SubscriptionAccess.class, SignedLinks.class,
        SubscriptionLinkControllerTest.Links.class})
class SubscriptionLinkControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LinkProperties.class)
    static class Links {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    static final String ID = "sub-1";
    static final Set<Topic> AVAILABLE = EnumSet.of(Topic.NEED_PUBLISHED, Topic.NEED_ANSWERED, Topic.OFFERING_PUBLISHED);

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedLinks links;

    @MockitoBean
    SubscriptionPreferences preferences;

    @MockitoBean
    JwtDecoder tokens;

    static PreferencesView view(boolean active, String language) {
        return new PreferencesView(ID, "Hoivakoti Onni Oy", Channel.EMAIL, "maija@onni.example", true, active,
                EnumSet.of(Topic.NEED_PUBLISHED), AVAILABLE, Cadence.WEEKLY, language);
    }

    @BeforeEach
    void aSubscriptionInFinnish() {
        when(preferences.find(ID)).thenReturn(Optional.of(view(true, "fi")));
    }

    String unsubscribePath() {
        return path(links.unsubscribeUrl(ID));
    }

    String preferencesPath() {
        return path(links.preferencesUrl(ID));
    }

    static String path(URI link) {
        return link.getPath();
    }

    @Test
    void theUnsubscribePageChangesNothing() throws Exception {
        mvc.perform(get(unsubscribePath()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("<form method=\"post\">")))
                .andExpect(content().string(containsString("Peru tilaus")));

        verify(preferences, never()).unsubscribe(anyString());
    }

    @Test
    void aOneClickPostWithoutCookiesOrTokenUnsubscribes() throws Exception {
        mvc.perform(post(unsubscribePath()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("Et saa enää näitä ilmoituksia.")));

        verify(preferences).unsubscribe(ID);
    }

    @Test
    void onlyTheLinkPagesArePublic() throws Exception {
        mvc.perform(post("/api/subscriptions")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePagesBundlesHaveExactlyTheSameKeys() throws Exception {
        Set<Object> finnish = bundle("fi").keySet();

        org.assertj.core.api.Assertions.assertThat(bundle("sv").keySet()).isEqualTo(finnish);
        org.assertj.core.api.Assertions.assertThat(bundle("en").keySet()).isEqualTo(finnish);
    }

    static java.util.Properties bundle(String language) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = SubscriptionLinkControllerTest.class.getResourceAsStream("/i18n/pages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void unsubscribingTwiceAnswersTheSame() throws Exception {
        when(preferences.unsubscribe(ID)).thenReturn(true, false);
        String first = mvc.perform(post(unsubscribePath())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post(unsubscribePath())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
        verify(preferences, times(2)).unsubscribe(ID);
    }

    @Test
    void anErasedSubscriptionLooksUnsubscribedLikeAnyOther() throws Exception {
        when(preferences.find(ID)).thenReturn(Optional.empty());

        mvc.perform(post(unsubscribePath()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Et saa enää näitä ilmoituksia.")));
        mvc.perform(get(unsubscribePath()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Et saa enää näitä ilmoituksia.")));
    }

    @Test
    void theUnsubscribePagesSpeakTheSubscriptionsLanguage() throws Exception {
        when(preferences.find(ID)).thenReturn(Optional.of(view(true, "sv")));

        mvc.perform(get(unsubscribePath())).andExpect(content().string(containsString("lang=\"sv\"")))
                .andExpect(content().string(containsString("Avsluta prenumerationen")));
    }

    @Test
    void aTamperedOrMisusedTokenIsNotFound() throws Exception {
        String tampered = unsubscribePath().replaceFirst("\\.(.)", ".A$1");

        mvc.perform(get(tampered)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Linkki ei ole voimassa")));
        mvc.perform(post(tampered).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andExpect(status().isNotFound());
        mvc.perform(post("/unsubscribe/garbage")).andExpect(status().isNotFound());
        // a preferences token is no unsubscribe token, nor the reverse
        mvc.perform(post(preferencesPath().replace("/preferences/", "/unsubscribe/"))).andExpect(status().isNotFound());
        mvc.perform(get(unsubscribePath().replace("/unsubscribe/", "/preferences/"))).andExpect(status().isNotFound());
        mvc.perform(post("/preferences/garbage").param("topics", "NEED_PUBLISHED").param("cadence", "DAILY")
                .param("language", "fi")).andExpect(status().isNotFound());

        verify(preferences, never()).unsubscribe(anyString());
        verify(preferences, never()).update(anyString(), any(), any(), anyString());
    }

    @Test
    void thePreferencesPageShowsTheSubscription() throws Exception {
        mvc.perform(get(preferencesPath()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("Hoivakoti Onni Oy")))
                .andExpect(content().string(containsString("maija@onni.example")))
                .andExpect(content().string(containsString("value=\"NEED_PUBLISHED\" checked=\"checked\"")))
                .andExpect(content().string(containsString("value=\"OFFERING_PUBLISHED\">")))
                .andExpect(content().string(not(containsString("MEETING_SCHEDULED"))))
                .andExpect(content().string(containsString("value=\"WEEKLY\" checked=\"checked\"")))
                .andExpect(content().string(containsString("value=\"fi\" selected=\"selected\"")))
                .andExpect(content().string(containsString("action=\"" + links.unsubscribeUrl(ID) + "\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void savingThePreferencesUpdatesAndShowsTheSavedChoices() throws Exception {
        PreferencesView saved = new PreferencesView(ID, "Hoivakoti Onni Oy", Channel.EMAIL, "maija@onni.example",
                true, true, EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED), AVAILABLE, Cadence.DAILY, "sv");
        when(preferences.update(eq(ID), any(), any(), anyString())).thenReturn(Optional.of(saved));

        mvc.perform(post(preferencesPath()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("topics", "NEED_PUBLISHED", "OFFERING_PUBLISHED").param("cadence", "DAILY")
                        .param("language", "sv"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("Dina val har sparats.")))
                .andExpect(content().string(containsString("value=\"DAILY\" checked=\"checked\"")));

        verify(preferences).update(ID, EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED), Cadence.DAILY, "sv");
    }

    @Test
    void badChoicesAnswerAPageWithTheMessage() throws Exception {
        mvc.perform(post(preferencesPath()).param("cadence", "DAILY").param("language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valitse vähintään yksi aihe.")));
        mvc.perform(post(preferencesPath()).param("topics", "NEED_PUBLISHED").param("cadence", "HOURLY")
                        .param("language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valitse, kuinka usein haluat ilmoitukset.")));
        mvc.perform(post(preferencesPath()).param("topics", "NEED_PUBLISHED").param("cadence", "DAILY")
                        .param("language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valitse kieli annetuista vaihtoehdoista.")));
        mvc.perform(post(preferencesPath()).param("topics", "MEETING_SCHEDULED").param("cadence", "DAILY")
                        .param("language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valitse aiheet annetuista vaihtoehdoista.")));
        mvc.perform(post(preferencesPath()).param("topics", "<script>").param("cadence", "DAILY")
                        .param("language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<script>"))));

        verify(preferences, never()).update(anyString(), any(), any(), anyString());
    }

    @Test
    void aChoiceTheSubscriptionRefusesIsABadRequestNotAnError() throws Exception {
        when(preferences.update(eq(ID), any(), any(), anyString()))
                .thenThrow(new IllegalArgumentException("not for this subscription"));

        mvc.perform(post(preferencesPath()).param("topics", "NEED_PUBLISHED").param("cadence", "DAILY")
                        .param("language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Valitse aiheet annetuista vaihtoehdoista.")));
    }

    @Test
    void anInactiveSubscriptionSaysSoAndOffersNoUnsubscribeButton() throws Exception {
        when(preferences.find(ID)).thenReturn(Optional.of(view(false, "en")));

        mvc.perform(get(preferencesPath()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This subscription is stopped.")))
                .andExpect(content().string(not(containsString("/unsubscribe/"))));
    }
}
