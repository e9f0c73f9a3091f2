package fi.osaava.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.domain.UnavailableException;

/** The one place where the domain's refusals become problem details. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void anUnknownIdIs404() {
        ProblemDetail problem = advice.notFound(new NotFoundException("Offering", "o-1"));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("Offering o-1 does not exist");
    }

    @Test
    void aFieldTheDomainRefusesIs400WithTheFieldList() {
        ProblemDetail problem = advice.invalidField(new InvalidFieldException("roles", "a core actor needs a role"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldError("roles", "a core actor needs a role")));
    }

    @Test
    void anActorWhoMayNotIs403() {
        ProblemDetail problem = advice.notPermitted(new NotPermittedException("Only the provider sees these"));

        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getTitle()).isEqualTo("Forbidden");
        assertThat(problem.getDetail()).isEqualTo("Only the provider sees these");
    }

    @Test
    void aClashWithTheStateIs409() {
        ProblemDetail problem = advice.conflict(new ConflictException("The need is closed"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("The need is closed");
    }

    @Test
    void aDependencyThatCannotBeAskedIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = advice.unavailable(
                new UnavailableException("Kafka", "The broker did not answer", new RuntimeException()));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getTitle()).isEqualTo("Kafka unavailable");
    }
}
