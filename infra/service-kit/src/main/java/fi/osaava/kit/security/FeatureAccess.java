package fi.osaava.kit.security;

/**
 * The one place a feature says who may do what. Each feature that serves an API has one bean of this type (named
 * {@code <Feature>Access}, in the feature's top-level package). It holds:
 * <ul>
 *   <li>{@link #publicEndpoints()}: what anyone may call without a token;</li>
 *   <li>{@link #roleEndpoints()}: which roles may call which endpoints. The kit's filter chain checks these
 *       <em>before</em> the request body is read or validated, so a member posting to a coordinator's endpoint
 *       gets 403, never a 400 describing the body;</li>
 *   <li>its own methods for the rules that need the thing itself (the offering's provider, the ecosystem's
 *       coordinator): the feature's management classes call them and they throw
 *       {@link fi.osaava.kit.domain.NotPermittedException}.</li>
 * </ul>
 * Controllers carry no {@code @PreAuthorize} (each service's {@code ArchitectureTest} refuses one) and no role checks
 * of their own; the filter chain takes its rules from these beans only.
 */
public interface FeatureAccess {

    default PublicEndpoints publicEndpoints() {
        return PublicEndpoints.NONE;
    }

    RoleEndpoints roleEndpoints();
}
