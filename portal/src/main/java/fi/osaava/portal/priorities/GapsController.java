package fi.osaava.portal.priorities;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.Refusals;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.desk.DeskEcosystem;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The gap list ({@code /desk/gaps}), its print view for the prioritisation meeting ({@code /desk/gaps/print}), a
 * need's desk page with its priority form and history ({@code /desk/gaps/{needId}}), and the prioritised list as CSV.
 * Only coordinators reach {@code /desk/**}; needs-service decides who may set a priority and keeps the history.
 */
@Controller
class GapsController {

    static final List<String> HORIZONS = List.of("NOW", "WITHIN_A_YEAR", "ONE_TO_THREE_YEARS", "THREE_TO_FIVE_YEARS");
    /** Rows a page shows at most: the head of the planning order; narrower filters show the rest. */
    static final int SHOWN = 200;

    private final Gaps gaps;
    private final ReferenceData reference;
    private final Clock clock;

    @Autowired
    GapsController(Gaps gaps, ReferenceData reference) {
        this(gaps, reference, Clock.systemUTC());
    }

    GapsController(Gaps gaps, ReferenceData reference, Clock clock) {
        this.gaps = gaps;
        this.reference = reference;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("horizons", HORIZONS);
        model.addAttribute("now", clock.instant());
    }

    @GetMapping("/desk/gaps")
    String list(@Validated @ModelAttribute("filter") GapFilter filter, BindingResult errors, Model model) {
        listed(filter, errors, model);
        return "priorities/gaps";
    }

    @GetMapping("/desk/gaps/print")
    String print(@Validated @ModelAttribute("filter") GapFilter filter, BindingResult errors, Model model) {
        listed(filter, errors, model);
        return "priorities/print";
    }

    @GetMapping("/desk/gaps/priorities.csv")
    ResponseEntity<byte[]> prioritiesCsv(@RequestParam(defaultValue = "comma") String delimiter) {
        if (!delimiter.equals("comma") && !delimiter.equals("semicolon")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<byte[]> csv = gaps.prioritiesCsv(delimiter);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(csv.getHeaders().getContentType());
        String disposition = csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition == null ? "attachment; filename=\"osaava-priorities.csv\""
                : disposition);
        return new ResponseEntity<>(csv.getBody(), headers, HttpStatus.OK);
    }

    @GetMapping("/desk/gaps/{needId}")
    String need(@PathVariable String needId, Model model) {
        GapNeed need = gaps.need(needId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("need", need);
        model.addAttribute("priorities", PriorityForm.PRIORITIES);
        if (!model.containsAttribute("priorityForm")) {
            model.addAttribute("priorityForm", new PriorityForm(need.priority(), null));
        }
        return "priorities/need";
    }

    @PostMapping("/desk/gaps/{needId}/priority")
    String prioritise(@PathVariable String needId, @Validated @ModelAttribute("priorityForm") PriorityForm form,
                      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                gaps.prioritise(needId, form);
                redirect.addFlashAttribute("prioritised", needId);
                return "redirect:/desk/gaps";
            } catch (ServiceProblem refused) {
                if (refused.isNotFound()) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                refusedOnTheForm(refused, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return need(needId, model);
    }

    /** A 400's fields beside the form's fields (a field the form lacks above it); a 409 above the form. */
    private static void refusedOnTheForm(ServiceProblem refused, BindingResult errors) {
        if (refused.status() == 400 && !refused.fields().isEmpty()) {
            refused.fields().forEach(field -> {
                if (PriorityForm.FIELDS.contains(field.field())) {
                    errors.rejectValue(field.field(), "gaps.priority.refused-field", new Object[] {field.message()},
                            field.message());
                } else {
                    errors.reject("gaps.priority.refused", new Object[] {field.field() + ": " + field.message()},
                            field.message());
                }
            });
            return;
        }
        MessageSourceResolvable message = Refusals.of(refused, LocaleContextHolder.getLocale(), "gaps.priority.refused");
        errors.addError(new ObjectError("priorityForm", message.getCodes(), message.getArguments(), message.getDefaultMessage()));
    }

    private void listed(GapFilter filter, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<DeskEcosystem> ecosystems = gaps.ecosystems();
        @Nullable DeskEcosystem ecosystem = filter.ecosystem() == null ? null : ecosystems.stream()
                .filter(candidate -> candidate.id().equals(filter.ecosystem())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Gaps.GapList listed;
        try {
            listed = gaps.gaps(filter, ecosystem, SHOWN);
        } catch (ServiceProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            // a code needs-service does not know (a vocabulary change since the page was shown)
            model.addAttribute("filterRefused", true);
            listed = new Gaps.GapList(List.of(), 0);
        }
        model.addAttribute("ecosystems", ecosystems);
        model.addAttribute("total", listed.total());
        model.addAttribute("needs", listed.needs());
        model.addAttribute("shown", SHOWN);
        model.addAttribute("printUrl", filter.on("/desk/gaps/print"));
        model.addAttribute("listUrl", filter.on("/desk/gaps"));
    }
}
