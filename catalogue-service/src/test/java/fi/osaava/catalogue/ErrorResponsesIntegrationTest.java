package fi.osaava.catalogue;

import fi.osaava.kit.testing.ErrorResponsesContract;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;

@ServiceIntegrationTest
class ErrorResponsesIntegrationTest extends ErrorResponsesContract {

    @Override
    protected WrongType wrongType() {
        return new WrongType("/api/offerings", TestTokens.forOrganisation("org-tamk", "SYSTEM"), """
                {"titles":{"fi":12345},"category":"TRAINING","targetGroups":["STAFF"]}""", "titles.fi");
    }
}
