package fi.osaava.notification.recipient;

/**
 * Told, within this service and synchronously, to everything that copied a contact person's address:
 * find it by the hash ({@link fi.osaava.kit.event.EmailHash}) and erase it. A listener that fails
 * fails the consumed event, which is then retried.
 */
public record ContactPersonErased(String organisationId, String contactPersonId, String emailSha256) {
}
