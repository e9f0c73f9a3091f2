package fi.osaava.kit.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Endpoints only some roles may call, checked by the filter chain before the request body is read or
 * validated: a member posting an empty body to a coordinator-only endpoint gets 403, not a 400 that
 * describes the body the coordinator would have to send. A feature's {@link FeatureAccess} declares them, in one
 * place.
 */
public record RoleEndpoints(List<Rule> rules) {

    public record Rule(HttpMethod method, String pattern, List<String> roles) {
    }

    /** No role rules. */
    public static final RoleEndpoints NONE = new RoleEndpoints(List.of());

    /** Endpoints of one method and patterns that only the given roles may call. */
    public static RoleEndpoints of(HttpMethod method, List<String> roles, String... patterns) {
        return new RoleEndpoints(Arrays.stream(patterns).map(pattern -> new Rule(method, pattern, List.copyOf(roles)))
                .toList());
    }

    public static RoleEndpoints coordinatorOnly(HttpMethod method, String... patterns) {
        return new RoleEndpoints(Arrays.stream(patterns)
                .map(pattern -> new Rule(method, pattern, List.of(Actor.COORDINATOR))).toList());
    }

    public RoleEndpoints and(RoleEndpoints more) {
        return new RoleEndpoints(java.util.stream.Stream.concat(rules.stream(), more.rules.stream()).toList());
    }
}
