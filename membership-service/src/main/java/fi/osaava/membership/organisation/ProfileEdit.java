package fi.osaava.membership.organisation;

/** A profile change and the revision of the record it was made on (an older one than the current is a 409). */
public record ProfileEdit(ProfileChange change, long readRevision) {
}
