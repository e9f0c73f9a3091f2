package fi.osaava.membership.identity.signin;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /**
     * A sign-in page is rendered in the language {@link SignInLanguage} found for it; every other response keeps
     * Spring's default (the request's Accept-Language), so the APIs do not change.
     */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getAttribute(SignInLanguage.LOCALE) instanceof Locale locale
                        ? locale : super.resolveLocale(request);
            }
        };
    }
}
