package fi.osaava.needs;

import fi.osaava.kit.testing.ErrorResponsesContract;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;

@ServiceIntegrationTest
class ErrorResponsesIntegrationTest extends ErrorResponsesContract {

    @Override
    protected WrongType wrongType() {
        return new WrongType("/api/needs", TestTokens.forOrganisation("org-pshva", "MEMBER"), """
                {"region":"11","competenceAreas":["medication-safety"],"targetGroup":"STAFF","title":12345,
                 "estimatedLearners":120,"horizon":"WITHIN_A_YEAR"}""", "title");
    }
}
