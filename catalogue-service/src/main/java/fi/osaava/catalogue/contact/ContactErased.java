package fi.osaava.catalogue.contact;

/** Membership erased a contact person: every catalogue item naming this address forgets it. */
public record ContactErased(String contactPersonId, String emailSha256) {
}
