package fi.osaava.portal.ecosystem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ecosystems ({@code /ecosystems}) and one ecosystem with its member directory by ring
 * ({@code /ecosystems/{id}?ring=…&type=…&region=…&competenceArea=…}), open to anyone. The filters are a plain GET
 * form, so every view of the directory is a shareable URL.
 */
@Controller
class EcosystemController {

    private final Ecosystems ecosystems;
    private final ReferenceData reference;
    private final DirectoryLabels labels;

    EcosystemController(Ecosystems ecosystems, ReferenceData reference, DirectoryLabels labels) {
        this.ecosystems = ecosystems;
        this.reference = reference;
        this.labels = labels;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("labels", labels);
    }

    @GetMapping("/ecosystems")
    String list(Model model) {
        model.addAttribute("ecosystems", ecosystems.all());
        return "ecosystem/list";
    }

    @GetMapping("/ecosystems/{id}")
    String ecosystem(@PathVariable String id, @Validated @ModelAttribute("search") DirectorySearch search,
                     BindingResult errors, Model model, HttpServletResponse response) {
        Ecosystem ecosystem = ecosystems.ecosystem(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ecosystem", ecosystem);
        rejectUnknownCodes(search, errors);
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("directory", ecosystems.directory(ecosystem.id(), search));
                return "ecosystem/ecosystem";
            } catch (ServiceProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                // a filter membership-service does not take: beside that filter, or above them all
                refused.fields().stream().filter(field -> search.filters().containsKey(field.field())).forEach(
                        field -> errors.rejectValue(field.field(), "directory.invalid"));
                if (!errors.hasErrors()) {
                    errors.reject("directory.refused");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("directory", new Directory(List.of(), 0, false));
        return "ecosystem/ecosystem";
    }

    /** The rings and types are the page's own choices (its groups and options); other values are not asked for. */
    private void rejectUnknownCodes(DirectorySearch search, BindingResult errors) {
        if (search.ring() != null && !labels.rings().contains(search.ring()) && !errors.hasFieldErrors("ring")) {
            errors.rejectValue("ring", "Pattern");
        }
        if (search.type() != null && !labels.types().contains(search.type()) && !errors.hasFieldErrors("type")) {
            errors.rejectValue("type", "Pattern");
        }
    }
}
