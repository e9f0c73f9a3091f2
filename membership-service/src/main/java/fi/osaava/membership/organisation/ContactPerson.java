package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;

/** A person to contact at a member organisation; lives inside the organisation's document. */
public class ContactPerson {

    private String id;
    private String name;
    private @Nullable String role;
    private String email;
    private String language;
    private boolean listed;
    private boolean receivesAlerts;
    private Instant addedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private ContactPerson() {
    }

    private ContactPerson(ContactDetails details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = details.name();
        this.role = details.role();
        this.email = details.email();
        this.language = details.language();
        this.listed = details.listed();
        this.receivesAlerts = details.receivesAlerts();
        this.addedAt = now;
    }

    static ContactPerson of(ContactDetails details, Instant now) {
        return new ContactPerson(details, now);
    }

    /** E-mail addresses compare without regard to case: one mailbox, one contact person. */
    boolean hasEmail(String candidate) {
        return email.strip().toLowerCase(Locale.ROOT).equals(candidate.strip().toLowerCase(Locale.ROOT));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String role() {
        return role;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public boolean listed() {
        return listed;
    }

    public boolean receivesAlerts() {
        return receivesAlerts;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
