package fi.osaava.membership;

import fi.osaava.kit.testing.ErrorResponsesContract;
import fi.osaava.kit.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class ErrorResponsesIntegrationTest extends ErrorResponsesContract {

    /** Applying to an ecosystem needs no token; the body is read before the ecosystem is looked up. */
    @Override
    protected WrongType wrongType() {
        return new WrongType("/api/ecosystems/eco-none/applications", null, """
                {"name":12345,"businessId":"0201256-6","type":"SERVICE_PRODUCER"}""", "name");
    }
}
