package fi.osaava.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Signing in starts in the person's language: membership-service gets it as OpenID Connect's ui_locales. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theAuthorizationRequestCarriesTheLanguageChosenOnThePortalsPages() throws Exception {
        for (String language : new String[] {"sv", "en", "fi"}) {
            Cookie chosen = mvc.perform(get("/sign-in").param("lang", language)).andExpect(status().isOk())
                    .andReturn().getResponse().getCookie("osaava-lang");
            assertThat(chosen).as(language).isNotNull();

            Map<String, String> authorization = authorizationRequest(chosen);

            assertThat(authorization).as(language).containsEntry("ui_locales", language)
                    .containsEntry("client_id", "osaava-portal").containsEntry("code_challenge_method", "S256")
                    .containsKeys("state", "nonce", "code_challenge");
        }
    }

    @Test
    void withoutAChoiceItIsFinnish() throws Exception {
        assertThat(authorizationRequest(null)).containsEntry("ui_locales", "fi");
        assertThat(authorizationRequest(new Cookie("osaava-lang", "de"))).as("only fi, sv or en")
                .containsEntry("ui_locales", "fi");
    }

    private Map<String, String> authorizationRequest(Cookie language) throws Exception {
        var request = get("/oauth2/authorization/osaava").header("Accept-Language", "en");
        if (language != null) {
            request.cookie(language);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("/oauth2/authorize?");
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(URI.create(location).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .forEach(pair -> parameters.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return parameters;
    }
}
