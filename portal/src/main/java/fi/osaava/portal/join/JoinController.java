package fi.osaava.portal.join;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.language.Languages;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /join}: anyone leaves an address to hear of new needs and offerings. membership-service sends the
 * confirmation link (double opt-in) in the person's language; the page says the same whatever the address's state.
 */
@Controller
class JoinController {

    /** An ecosystem to join, as membership-service lists them. */
    public record Ecosystem(String id, String name) {
    }

    private final ServiceApis apis;
    private final ReferenceData reference;

    JoinController(ServiceApis apis, ReferenceData reference) {
        this.apis = apis;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
    }

    @GetMapping("/join")
    String form(@RequestParam(required = false) @Nullable String ecosystem, Model model) {
        model.addAttribute("form", JoinForm.empty(ecosystem));
        model.addAttribute("ecosystems", ecosystems());
        return "join/form";
    }

    @PostMapping("/join")
    String join(@Validated @ModelAttribute("form") JoinForm form, BindingResult errors, Model model,
                HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("email", form.email());
                body.put("organisationName", form.organisationName());
                body.put("regions", form.regions());
                body.put("competenceAreas", form.competenceAreas());
                body.put("targetGroups", form.targetGroups() == null ? List.of() : form.targetGroups());
                body.put("language", Languages.current());
                apis.of(OsaavaService.MEMBERSHIP).post().uri("/api/ecosystems/{id}/passive-members", form.ecosystem())
                        .body(body).retrieve().toBodilessEntity();
                return "join/sent";
            } catch (ServiceProblem refused) {
                if (refused.status() == 404) {
                    errors.rejectValue("ecosystem", "join.unknown-ecosystem");
                } else if (refused.status() == 400 || refused.status() == 429) {
                    refused.fields().forEach(field -> errors.rejectValue(
                            List.of("email", "organisationName", "regions", "competenceAreas", "targetGroups")
                                    .contains(field.field()) ? field.field() : "email",
                            "need.refused", new Object[] {field.message()}, field.message()));
                    if (refused.fields().isEmpty()) {
                        errors.reject(refused.status() == 429 ? "join.too-often" : "join.refused");
                    }
                } else {
                    throw refused;
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("ecosystems", ecosystems());
        return "join/form";
    }

    private List<Ecosystem> ecosystems() {
        Ecosystem[] ecosystems = apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/ecosystems").retrieve()
                .body(Ecosystem[].class);
        return ecosystems == null ? List.of() : Arrays.asList(ecosystems);
    }
}
