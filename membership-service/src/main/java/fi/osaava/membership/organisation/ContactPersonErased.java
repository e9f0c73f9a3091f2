package fi.osaava.membership.organisation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: a contact person's personal data was erased (GDPR art. 17). It names the
 * person only by id and by the SHA-256 of the e-mail address ({@link fi.osaava.kit.event.EmailHash}),
 * so a service that copied the address can find and remove it without this event spreading it further.
 */
@EventType(ContactPersonErased.TYPE)
public record ContactPersonErased(String organisationId, String contactPersonId, String emailSha256, long revision,
                                  Instant erasedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.contact-person.erased.v1";
}
