package fi.osaava.kit.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 * Runs after authentication: refuses oversized bodies (413) and gives every token subject its own
 * Resilience4j rate limiter for writes (429 with Retry-After). Reads are not limited here.
 */
final class RequestLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final LimitProperties limits;
    private final RateLimiterRegistry limiters;

    RequestLimitFilter(LimitProperties limits) {
        this.limits = limits;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.writesPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxRequestBody().toBytes()) {
            problem(response, request, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "The body may be at most " + limits.maxRequestBody().toBytes() + " bytes");
            return;
        }
        if (!READS.contains(request.getMethod())) {
            String caller = Actors.optional().map(Actor::subject).orElse("anonymous:" + request.getRemoteAddr());
            RateLimiter limiter = limiters.rateLimiter(caller);
            if (!limiter.acquirePermission()) {
                response.setHeader("Retry-After", "60");
                problem(response, request, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                        "At most " + limits.writesPerMinute() + " writes a minute per client; try again later");
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
