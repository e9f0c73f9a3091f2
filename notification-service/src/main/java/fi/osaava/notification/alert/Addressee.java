package fi.osaava.notification.alert;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.EmailHash;

/**
 * One address a delivery goes to. The hash of the address lets an erasure find it without this
 * service being told the address again; an erased addressee keeps only {@code erased:<contact person id>}.
 *
 * @param contactPersonId the contact person the address belongs to; none for the organisation's own address
 * @param sentAt          when the alert went to this address; a retry skips it then
 */
public record Addressee(String address, @Nullable String contactPersonId, @Nullable String addressSha256,
                        @Nullable Instant sentAt, boolean erased) {

    static final String ERASED_PREFIX = "erased:";

    static Addressee of(String address, @Nullable String contactPersonId) {
        return new Addressee(address, contactPersonId, EmailHash.of(address), null, false);
    }

    /** A webhook URL or the alerts topic: nothing personal, nothing to erase. */
    static Addressee endpoint(String address) {
        return new Addressee(address, null, null, null, false);
    }

    boolean due() {
        return sentAt == null && !erased;
    }

    Addressee sent(Instant now) {
        return new Addressee(address, contactPersonId, addressSha256, now, false);
    }

    /** Nothing of the address is left, not even its hash. */
    Addressee erasedAs(String erasedContactPersonId) {
        return new Addressee(ERASED_PREFIX + erasedContactPersonId, erasedContactPersonId, null, sentAt, true);
    }
}
