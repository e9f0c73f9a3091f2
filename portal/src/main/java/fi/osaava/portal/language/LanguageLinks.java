package fi.osaava.portal.language;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** Every page's language switch: this very page (its query kept) in each language. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            links.put(language, ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam(Languages.PARAMETER, language)
                    .build().toUriString()
                    .replaceFirst("^[a-z]+://[^/]+", ""));
        }
        return links;
    }

    @ModelAttribute("language")
    String language() {
        return Languages.current();
    }
}
