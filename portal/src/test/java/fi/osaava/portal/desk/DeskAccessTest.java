package fi.osaava.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.SignedIn;

/** The desk is the coordinators': a member is refused with the 403 page, a visitor is asked to sign in. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCoordinatorOpensTheDeskAndSeesItInTheNavigation() throws Exception {
        String page = mvc.perform(get("/desk").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Koordinaattorin työpöytä</h1>", "href=\"/desk/gaps\"", "aria-current=\"page\"");
    }

    @Test
    void aMemberIsForwardedToTheForbiddenPageOnEveryDeskAddressAndDoesNotSeeTheLink() throws Exception {
        for (String page : new String[] {"/desk", "/desk/gaps", "/desk/reach/anything"}) {
            mvc.perform(get(page).with(SignedIn.member()))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/forbidden"));
        }
        mvc.perform(post("/desk/gaps/need-1/priority").with(SignedIn.member()).with(csrf()))
                .andExpect(status().isForbidden());

        String home = mvc.perform(get("/").with(SignedIn.member())).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/desk\"");
    }

    @Test
    void theForbiddenPageSaysWhyInThePersonsLanguage() throws Exception {
        String page = mvc.perform(get("/forbidden").with(SignedIn.member()).param("lang", "sv"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ingen åtkomst", "endast för ekosystemets koordinatorer");
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/desk/gaps")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }
}
