package fi.osaava.kit.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import fi.osaava.kit.event.EventJson;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses oversized bodies (413) and gives every caller its own Resilience4j rate limiter for the
 * requests it counts (429 with Retry-After): on the API, the writes of each token subject; on the
 * token endpoint, the requests of each remote address (each one costs a password-hash check).
 */
public final class RequestLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final LimitProperties limits;
    private final int perMinute;
    private final Function<HttpServletRequest, Optional<String>> counted;
    private final RateLimiterRegistry limiters;

    private RequestLimitFilter(LimitProperties limits, int perMinute,
                               Function<HttpServletRequest, Optional<String>> counted) {
        this.limits = limits;
        this.perMinute = perMinute;
        this.counted = counted;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** For the API chain, after authentication: writes counted per token subject. */
    static RequestLimitFilter writesPerSubject(LimitProperties limits) {
        return new RequestLimitFilter(limits, limits.writesPerMinute(), request -> READS.contains(request.getMethod())
                ? Optional.empty()
                : Optional.of(Actors.optional().map(Actor::subject).orElse("anonymous:" + request.getRemoteAddr())));
    }

    /**
     * For an authorization server's endpoints and its login form: the POSTs (a token request or a login, each a
     * password-hash check) counted per remote address. The GETs around a sign-in (the authorization endpoint, the
     * login page, the key set, UserInfo, discovery, logout) cost no hash and are not counted: a browser's sign-in
     * makes several of them, and they would use up an address's allowance without any password being tried.
     */
    public static RequestLimitFilter tokenRequestsPerAddress(LimitProperties limits) {
        return new RequestLimitFilter(limits, limits.tokenRequestsPerMinute(),
                request -> "POST".equals(request.getMethod())
                        ? Optional.of("address:" + request.getRemoteAddr()) : Optional.empty());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxRequestBody().toBytes()) {
            problem(response, request, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "The body may be at most " + limits.maxRequestBody().toBytes() + " bytes");
            return;
        }
        Optional<String> caller = counted.apply(request);
        if (caller.isPresent()) {
            RateLimiter limiter = limiters.rateLimiter(caller.get());
            if (!limiter.acquirePermission()) {
                response.setHeader("Retry-After", "60");
                problem(response, request, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                        "At most " + perMinute + " such requests a minute per client; try again later");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static void problem(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String title,
                        String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(EventJson.write(problem));
    }
}
