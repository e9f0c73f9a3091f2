package fi.osaava.notification;

import fi.osaava.kit.testing.ErrorResponsesContract;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;

@ServiceIntegrationTest
class ErrorResponsesIntegrationTest extends ErrorResponsesContract {

    @Override
    protected WrongType wrongType() {
        return new WrongType("/api/subscriptions", TestTokens.forOrganisation("org-savonia", "MEMBER"), """
                {"name":12345,"topics":["NEED_PUBLISHED"],"channel":"EMAIL","address":"a@example.fi"}""", "name");
    }
}
