package fi.osaava.notification.recipient;

import org.jspecify.annotations.Nullable;

/** Where an organisation's alerts go: a contact person's address, or (no contact person id) the organisation's own. */
public record AlertAddress(String email, @Nullable String contactPersonId) {
}
