package fi.osaava.portal.failure;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An empty field of a form is a value not given, not an empty text: a GET form sends every field ({@code category=}),
 * and "" must not fail a pattern or reach a service as a value. Texts are trimmed.
 */
@ControllerAdvice
class BlankIsAbsent {

    @InitBinder
    void blankIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
