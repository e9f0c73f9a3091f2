package fi.osaava.kit.inbox;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * Refuses to start a service with a consumer binding whose given-up records would not reach the
 * dead-letter topic: every {@code *-in-*} binding names {@code error-handler-definition: deadLetters},
 * and the {@value DeadLetters#BINDING} binding has a destination.
 */
final class DeadLetterBindings implements SmartInitializingSingleton {

    private final BindingServiceProperties bindings;

    DeadLetterBindings(BindingServiceProperties bindings) {
        this.bindings = bindings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, BindingProperties> all = bindings.getBindings();
        List<String> without = all.entrySet().stream()
                .filter(binding -> binding.getKey().contains("-in-"))
                .filter(binding -> !"deadLetters".equals(binding.getValue().getErrorHandlerDefinition()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!without.isEmpty()) {
            throw new IllegalStateException("Consumer binding(s) " + without + " must set error-handler-definition:"
                    + " deadLetters, so that a record given up on reaches the dead-letter topic");
        }
        boolean consumes = all.keySet().stream().anyMatch(name -> name.contains("-in-"));
        BindingProperties out = all.get(DeadLetters.BINDING);
        if (consumes && (out == null || out.getDestination() == null || out.getDestination().isBlank())) {
            throw new IllegalStateException("Binding " + DeadLetters.BINDING + " needs a destination: the service's"
                    + " dead-letter topic, e.g. <service>.dead-letters.v1");
        }
    }
}
