package fi.osaava.portal.organisation;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** The organisation's record and contact persons at membership-service, asked with the person's token. */
@Component
class Organisations {

    private final ServiceApis apis;

    Organisations(ServiceApis apis) {
        this.apis = apis;
    }

    /** The whole record; an organisation membership-service does not know is a 404 page. */
    MyOrganisation get(String organisationId) {
        MyOrganisation found;
        try {
            found = apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/organisations/{id}", organisationId)
                    .retrieve().body(MyOrganisation.class);
        } catch (ServiceProblem refused) {
            throw notFoundOr(refused);
        }
        if (found == null) {
            throw new IllegalStateException("membership-service answered without the organisation");
        }
        return found;
    }

    List<ContactPerson> contacts(String organisationId) {
        try {
            ContactPerson[] found = apis.of(OsaavaService.MEMBERSHIP).get()
                    .uri("/api/organisations/{id}/contacts", organisationId).retrieve().body(ContactPerson[].class);
            return found == null ? List.of() : Arrays.asList(found);
        } catch (ServiceProblem refused) {
            throw notFoundOr(refused);
        }
    }

    private static RuntimeException notFoundOr(ServiceProblem refused) {
        return refused.isNotFound() ? new ResponseStatusException(HttpStatus.NOT_FOUND) : refused;
    }

    /** The profile as the form says, made on the form's revision; membership-service refuses a stale one (409). */
    void changeProfile(String organisationId, ProfileForm form) {
        apis.of(OsaavaService.MEMBERSHIP).put().uri("/api/organisations/{id}/profile", organisationId)
                .body(form.toRequest()).retrieve().toBodilessEntity();
    }

    void addContact(String organisationId, ContactForm form) {
        apis.of(OsaavaService.MEMBERSHIP).post().uri("/api/organisations/{id}/contacts", organisationId)
                .body(form.toRequest()).retrieve().toBodilessEntity();
    }

    /** Erasure: the person is gone here and, by membership-service's events, everywhere else. */
    void eraseContact(String organisationId, String contactPersonId) {
        apis.of(OsaavaService.MEMBERSHIP).delete()
                .uri("/api/organisations/{id}/contacts/{contact}", organisationId, contactPersonId)
                .retrieve().toBodilessEntity();
    }
}
