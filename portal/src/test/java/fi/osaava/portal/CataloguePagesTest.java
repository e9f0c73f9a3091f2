package fi.osaava.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What the tests of the catalogue's list pages (tray, thesis topics, networks) stand on: a catalogue-service
 * answering on real HTTP with {@link CatalogueFixtures}, served afresh before each test. The fake catalogue is one
 * for all of them, so they share one application context; it stops with the test JVM.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class CataloguePagesTest {

    protected static final FakeService catalogue = CatalogueFixtures.catalogue();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(catalogue::close));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.call-timeout", () -> "2s");
    }

    @Autowired
    protected MockMvc mvc;

    @BeforeEach
    void freshCatalogue() {
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
    }

    /** The page the request gets, which must be there (200). */
    protected String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The page a refused search gets (400), which shows why. */
    protected String refused(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
    }

    /**
     * A filter the catalogue refuses, naming it, is shown beside it on the page at {@code path}, which asks the
     * catalogue at {@code apiPath}.
     */
    protected void assertCatalogueRefusalShownBesideItsField(String path, String apiPath) throws Exception {
        catalogue.problem(apiPath, 400, """
                {"status": 400, "title": "Bad Request", "errors": [{"field": "competenceArea",
                 "message": "unknown competence area"}]}""");

        assertThat(refused(get(path).param("competenceArea", "no-such-area")))
                .contains("id=\"competenceArea-error\"", "Tarkista tämä hakuehto.");
    }

    /** The query of a call to the catalogue as it reads decoded. */
    protected static String decoded(FakeService.Call call) {
        return URLDecoder.decode(call.uri().getRawQuery(), StandardCharsets.UTF_8);
    }
}
