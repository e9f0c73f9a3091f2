package fi.osaava.notification.recipient;

/** The directory now holds this recipient (a new one, a changed profile, status or contact persons, or one gone). */
public record RecipientChanged(Recipient recipient) {
}
