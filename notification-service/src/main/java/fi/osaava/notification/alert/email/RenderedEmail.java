package fi.osaava.notification.alert.email;

/** One mail, ready to send: the subject, the plain-text part and the HTML part (a multipart/alternative). */
public record RenderedEmail(String subject, String text, String html) {
}
