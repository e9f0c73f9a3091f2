package fi.osaava.notification.subscription.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/pages/*.html} with the words of {@code i18n/pages_*.properties}. The pages are
 * rendered here rather than as MVC views so that each answer sets its own status and headers: the links carry
 * secrets, so the pages are never cached and send no referrer.
 */
final class PreferencePages {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    PreferencePages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/pages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/pages/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** fi, sv or en; anything else is Finnish. */
    static String language(String language) {
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGES.contains(primary) ? primary : "fi";
    }

    ResponseEntity<String> render(HttpStatus status, String template, String language, Map<String, Object> model) {
        String lang = language(language);
        Context context = new Context(Locale.forLanguageTag(lang), model);
        context.setVariable("lang", lang);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .body(engine.process(template, context));
    }
}
