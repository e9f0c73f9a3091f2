package fi.osaava.portal.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Finnish, Swedish and English. A page in another language is one link away ({@code ?lang=sv}); the choice is kept
 * in a cookie for a year. A browser's Accept-Language is not consulted: the service is Finnish first, and the
 * switch is on every page.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    static final Locale DEFAULT = Locale.forLanguageTag("fi");
    static final String COOKIE = "osaava-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected @Nullable Locale parseLocaleValue(String value) {
                return SUPPORTED.contains(value) ? Locale.forLanguageTag(value) : null;
            }
        };
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The language of the page being rendered: fi, sv or en. */
    public static String current() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return SUPPORTED.contains(language) ? language : "fi";
    }

    /**
     * The text in the person's language from a map of fi/sv/en texts, else in Finnish, Swedish, English, else any.
     */
    public static @Nullable String pick(java.util.@Nullable Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String current = current();
        if (present(texts.get(current))) {
            return texts.get(current);
        }
        for (String language : SUPPORTED) {
            if (present(texts.get(language))) {
                return texts.get(language);
            }
        }
        return texts.values().stream().filter(Languages::present).findFirst().orElse(null);
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
