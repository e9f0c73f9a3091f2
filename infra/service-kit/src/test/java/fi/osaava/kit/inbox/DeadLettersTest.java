package fi.osaava.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;

class DeadLettersTest {

    @Test
    void theReasonIsTheConsumersOwnExceptionUnderTheBindersWrappers() {
        MalformedEventException reason = new MalformedEventException("region is not a known region code");
        Throwable wrapped = new MessageHandlingException(MessageBuilder.withPayload("x").build(),
                "error occurred in message handler [bean 'x']", new java.lang.reflect.UndeclaredThrowableException(reason));

        assertThat(DeadLetters.reason(wrapped)).isSameAs(reason);
        assertThat(DeadLetters.isRejection(reason)).isTrue();
        assertThat(DeadLetters.isRejection(new IllegalStateException("database down"))).isFalse();
    }

    @Test
    void aServiceWithAConsumerBindingThatWouldNotDeadLetterRefusesToStart() {
        assertThatThrownBy(() -> check(Map.of("needEvents-in-0", binding("needs.competence-needs.v1", null),
                DeadLetters.BINDING, binding("x.dead-letters.v1", null))))
                .hasMessageContaining("needEvents-in-0").hasMessageContaining("error-handler-definition: deadLetters");
        assertThatThrownBy(() -> check(Map.of("needEvents-in-0", binding("needs.competence-needs.v1", "deadLetters"))))
                .hasMessageContaining(DeadLetters.BINDING + " needs a destination");
        assertThatCode(() -> check(Map.of("needEvents-in-0", binding("needs.competence-needs.v1", "deadLetters"),
                DeadLetters.BINDING, binding("x.dead-letters.v1", null)))).doesNotThrowAnyException();
        // a service that consumes nothing needs neither
        assertThatCode(() -> check(Map.of("needs-out", binding("needs.competence-needs.v1", null))))
                .doesNotThrowAnyException();
    }

    private static void check(Map<String, BindingProperties> bindings) {
        BindingServiceProperties properties = new BindingServiceProperties();
        properties.setBindings(bindings);
        DeadLetters.checking(properties).afterSingletonsInstantiated();
    }

    private static BindingProperties binding(String destination, String errorHandler) {
        BindingProperties binding = new BindingProperties();
        binding.setDestination(destination);
        binding.setErrorHandlerDefinition(errorHandler);
        return binding;
    }
}
