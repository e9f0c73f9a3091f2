package fi.osaava.kit.testing;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Real HTTP to a service under test that hands back 4xx and 5xx answers instead of throwing, so tests can assert them. */
public final class TestHttp {

    private TestHttp() {
    }

    public static RestClient.Builder to(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    }
}
