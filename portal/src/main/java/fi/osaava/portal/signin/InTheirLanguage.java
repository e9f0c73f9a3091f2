package fi.osaava.portal.signin;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

import fi.osaava.portal.language.Languages;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A sign-in starts in the person's language: the authorization request to membership-service carries the language
 * of the portal's pages (the language cookie, else Finnish) as OpenID Connect {@code ui_locales}, and
 * membership-service shows its sign-in page in it. The request comes before Spring MVC, so the portal's
 * {@link LocaleResolver} is asked directly.
 */
final class InTheirLanguage implements OAuth2AuthorizationRequestResolver {

    static final String UI_LOCALES = "ui_locales";

    private final OAuth2AuthorizationRequestResolver resolver;
    private final LocaleResolver locales;

    InTheirLanguage(OAuth2AuthorizationRequestResolver resolver, LocaleResolver locales) {
        this.resolver = resolver;
        this.locales = locales;
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(resolver.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLanguage(resolver.resolve(request, clientRegistrationId), request);
    }

    private @Nullable OAuth2AuthorizationRequest withLanguage(@Nullable OAuth2AuthorizationRequest authorization,
                                                             HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        String language = language(locales.resolveLocale(request));
        // a copy builds its URI anew, with the parameter
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(UI_LOCALES, language))
                .build();
    }

    private static String language(Locale locale) {
        return Languages.SUPPORTED.contains(locale.getLanguage()) ? locale.getLanguage() : Languages.SUPPORTED.get(0);
    }
}
