package fi.osaava.membership.identity.signin;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The language of the sign-in pages: Finnish, Swedish or English, Finnish unless the person said otherwise. In this
 * order: the page's own switch ({@code ?lang=sv}); a choice made on that switch during the same authorization
 * request; the OpenID Connect {@code ui_locales} of the authorization request the sign-in interrupted (the portal
 * sends the language its pages were in); the cookie of an earlier sign-in; Finnish. A browser's Accept-Language is
 * not consulted, as in the portal. The language found is kept in a cookie for a year, so the pages after signing
 * out (with no authorization request) stay in it.
 */
final class SignInLanguage {

    static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    static final String DEFAULT = "fi";
    static final String PARAMETER = "lang";
    static final String UI_LOCALES = "ui_locales";
    static final String COOKIE = "osaava-lang";
    /** Read by {@link SignInConfiguration#localeResolver()}: the page is rendered in this locale. */
    static final String LOCALE = SignInLanguage.class.getName() + ".LOCALE";
    private static final String CHOICE = SignInLanguage.class.getName() + ".CHOICE";
    private static final Duration KEPT = Duration.ofDays(365);

    private final RequestCache authorizationRequests = new HttpSessionRequestCache();

    /** The language of this page; the page is then rendered in it. */
    String of(HttpServletRequest request, HttpServletResponse response) {
        @Nullable String asked = supported(request.getParameter(PARAMETER));
        @Nullable String uiLocales = uiLocales(request, response);
        HttpSession session = request.getSession(false);
        String language;
        if (asked != null) {
            language = asked;
            if (session != null) {
                session.setAttribute(CHOICE, new Choice(uiLocales, asked));
            }
        } else if (session != null && session.getAttribute(CHOICE) instanceof Choice choice
                && Objects.equals(choice.uiLocales(), uiLocales)) {
            language = choice.language();
        } else if (firstSupported(uiLocales) != null) {
            language = Objects.requireNonNull(firstSupported(uiLocales));
        } else {
            Cookie cookie = WebUtils.getCookie(request, COOKIE);
            language = Objects.requireNonNullElse(supported(cookie == null ? null : cookie.getValue()), DEFAULT);
        }
        remember(language, request, response);
        request.setAttribute(LOCALE, Locale.forLanguageTag(language));
        return language;
    }

    /** The {@code ui_locales} of the authorization request waiting for the sign-in, if there is one. */
    private @Nullable String uiLocales(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = authorizationRequests.getRequest(request, response);
        String[] values = saved == null ? null : saved.getParameterValues(UI_LOCALES);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The first of a space-separated list of language tags by preference (as {@code sv-FI sv en}) offered here. */
    static @Nullable String firstSupported(@Nullable String uiLocales) {
        if (uiLocales == null) {
            return null;
        }
        for (String tag : uiLocales.trim().split("\\s+")) {
            String language = supported(Locale.forLanguageTag(tag).getLanguage());
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    private static @Nullable String supported(@Nullable String language) {
        return language != null && SUPPORTED.contains(language) ? language : null;
    }

    private static void remember(String language, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie != null && language.equals(cookie.getValue())) {
            return;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language).path("/").maxAge(KEPT)
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
    }

    /** The language chosen on the switch while this authorization request ({@code ui_locales}) was waiting. */
    private record Choice(@Nullable String uiLocales, String language) implements Serializable {
    }
}
