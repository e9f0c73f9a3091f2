package fi.osaava.portal.signin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a person had typed into a form when their sign-in ran out (the refresh token was refused, or a service said
 * 401). The form's fields are kept in their session under the form page's address; after signing in again they land
 * on that page, and it shows the form filled in as they left it.
 */
public final class PendingForms {

    private static final String PREFIX = "osaava.pending-form:";
    static final String CONTINUE_AT = "osaava.continue-at";

    private PendingForms() {
    }

    /**
     * Keeps the request's fields (not its CSRF token) under {@code key} (the form's page, or its action where a page
     * has several forms), and sends the person to {@code page} after sign-in.
     */
    static void keep(HttpServletRequest request, String key, String page) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                fields.put(name, List.of(values));
            }
        });
        HttpSession session = request.getSession();
        session.setAttribute(PREFIX + key, fields);
        session.setAttribute(CONTINUE_AT, page);
    }

    /** The form kept under {@code key}, bound as the page's form record, once: taking it forgets it. */
    public static <T> Optional<T> take(HttpServletRequest request, String key, Class<T> type) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PREFIX + key) instanceof Map<?, ?> kept)) {
            return Optional.empty();
        }
        session.removeAttribute(PREFIX + key);
        Map<String, Object> fields = new HashMap<>();
        kept.forEach((name, values) -> fields.put(String.valueOf(name), values));
        WebDataBinder binder = new WebDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        // the same conversions as a request's binding: dates by their @DateTimeFormat, numbers …
        binder.setConversionService(new org.springframework.format.support.DefaultFormattingConversionService());
        binder.registerCustomEditor(String.class, new org.springframework.beans.propertyeditors.StringTrimmerEditor(true));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public @Nullable Object resolveValue(String name, Class<?> paramType) {
                Object values = fields.get(name);
                if (values instanceof List<?> list && !List.class.isAssignableFrom(paramType)) {
                    return list.isEmpty() ? null : list.get(0);
                }
                return values;
            }

            @Override
            public Set<String> getNames() {
                return fields.keySet();
            }
        });
        return Optional.ofNullable(type.cast(binder.getTarget()));
    }
}
