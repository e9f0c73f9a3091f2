package fi.osaava.portal.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.language.Languages;
import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.signin.PendingForms;
import fi.osaava.portal.signin.Person;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /my/organisation}: the signed-in person's organisation (their {@code org} claim) with its profile and
 * contact persons; the profile's edit form, a new contact person, erasing one after a confirmation page. What is
 * valid, who may, and whether the form's revision is still the stored one, membership-service decides; its refusals
 * come back beside the fields.
 */
@Controller
class OrganisationController {

    static final String PROFILE_PAGE = "/my/organisation/profile";
    static final String CONTACT_PAGE = "/my/organisation/contacts";

    private final Organisations organisations;
    private final ReferenceData reference;

    OrganisationController(Organisations organisations, ReferenceData reference) {
        this.organisations = organisations;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("targetGroups", List.of("STAFF", "SUPERVISORS"));
    }

    @GetMapping("/my/organisation")
    String page(Authentication authentication, Model model) {
        String organisationId = organisationOf(authentication);
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("contacts", organisations.contacts(organisationId));
        return "organisation/page";
    }

    @GetMapping(PROFILE_PAGE)
    String profileForm(Authentication authentication, Model model, HttpServletRequest request) {
        MyOrganisation organisation = organisations.get(organisationOf(authentication));
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", PendingForms.take(request, PROFILE_PAGE, ProfileForm.class)
                .orElseGet(() -> ProfileForm.of(organisation)));
        return "organisation/profile";
    }

    @PostMapping(PROFILE_PAGE)
    String changeProfile(@Validated @ModelAttribute("form") ProfileForm form, BindingResult errors,
                         Authentication authentication, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        String organisationId = organisationOf(authentication);
        if (!errors.hasErrors()) {
            try {
                organisations.changeProfile(organisationId, form);
                redirect.addFlashAttribute("profileChanged", true);
                return "redirect:/my/organisation";
            } catch (ServiceProblem refused) {
                if (refused.status() == 409) {
                    // someone changed it meanwhile: what is stored now beside what the person typed, which saving
                    // again puts over it
                    MyOrganisation stored = organisations.get(organisationId);
                    model.addAttribute("stored", stored);
                    model.addAttribute("form", form.onRevision(stored.revision()));
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("organisation", stored);
                    return "organisation/profile";
                }
                refusedFields(refused, errors, ProfileForm.FIELDS, "contactEmail", "organisation.profile.refused");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("organisation", organisations.get(organisationId));
        return "organisation/profile";
    }

    @GetMapping(CONTACT_PAGE)
    String contactForm(Authentication authentication, Model model, HttpServletRequest request) {
        model.addAttribute("organisation", organisations.get(organisationOf(authentication)));
        model.addAttribute("form", PendingForms.take(request, CONTACT_PAGE, ContactForm.class)
                .orElseGet(() -> ContactForm.empty(Languages.current())));
        return "organisation/contact";
    }

    @PostMapping(CONTACT_PAGE)
    String addContact(@Validated @ModelAttribute("form") ContactForm form, BindingResult errors,
                      Authentication authentication, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        String organisationId = organisationOf(authentication);
        if (!errors.hasErrors()) {
            try {
                organisations.addContact(organisationId, form);
                redirect.addFlashAttribute("contactAdded", true);
                return "redirect:/my/organisation";
            } catch (ServiceProblem refused) {
                if (refused.status() == 409) {
                    // the only clash: the organisation already has a contact person with that address
                    errors.rejectValue("email", "organisation.contact.taken");
                } else {
                    refusedFields(refused, errors, ContactForm.FIELDS, "email", "organisation.contact.refused");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("organisation", organisations.get(organisationId));
        return "organisation/contact";
    }

    /** The confirmation step of an erasure: a page of its own, so it works without JavaScript. */
    @GetMapping(CONTACT_PAGE + "/{contactId}/erase")
    String confirmErasure(@PathVariable String contactId, Authentication authentication, Model model) {
        String organisationId = organisationOf(authentication);
        ContactPerson contact = organisations.contacts(organisationId).stream()
                .filter(person -> person.id().equals(contactId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("contact", contact);
        return "organisation/erase";
    }

    @PostMapping(CONTACT_PAGE + "/{contactId}/erase")
    String erase(@PathVariable String contactId, Authentication authentication, RedirectAttributes redirect) {
        try {
            organisations.eraseContact(organisationOf(authentication), contactId);
            redirect.addFlashAttribute("contactErased", true);
        } catch (ServiceProblem refused) {
            if (!refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute("eraseError", true);
        }
        return "redirect:/my/organisation";
    }

    /**
     * A 400's fields beside the form's fields of the same name (a list item's error, {@code regions[0]…}, beside its
     * list), each in the person's language ({@code <code>.<field>}); one naming no field of the form beside
     * {@code fallback}, and a refusal naming no field at all above the form. Another status is not the form's to show.
     */
    private static void refusedFields(ServiceProblem refused, BindingResult errors, List<String> fields,
                                      String fallback, String code) {
        if (refused.status() != 400) {
            throw refused;
        }
        refused.fields().forEach(field -> {
            String name = field.field().replaceFirst("[\\[.].*$", "");
            errors.rejectValue(fields.contains(name) ? name : fallback, code, new Object[] {field.message()},
                    field.message());
        });
        if (refused.fields().isEmpty()) {
            errors.reject(code + "-all");
        }
    }

    /** The person's organisation; a sign-in that names none has no organisation page. */
    private static String organisationOf(Authentication authentication) {
        @Nullable String organisationId = Person.of(authentication).map(Person::organisationId).orElse(null);
        if (organisationId == null || organisationId.isBlank()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return organisationId;
    }
}
