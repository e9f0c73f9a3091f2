package fi.osaava.membership.passive;

import java.net.URI;

/**
 * The mails a passive member gets from this service, each in its language and each with its leave link.
 * A mail that could not be sent is reported as {@code false}, never thrown: the answer to joining must not
 * tell whether an address is known, and joining again sends it again.
 */
public interface PassiveMemberMail {

    /** Please confirm your address (the link confirms only after a button press). */
    boolean askToConfirm(Recipient recipient, URI confirmationPage);

    /** Somebody asked to join with an address that is a member already. */
    boolean tellAlreadyMember(Recipient recipient);

    /**
     * @param memberId  for the mail's headers and logs, never the address
     * @param leaveLink the one-click leave link (RFC 8058), also the mail's {@code List-Unsubscribe}
     */
    record Recipient(String memberId, String email, String language, String ecosystemName, URI leaveLink) {

        @Override
        public String toString() {
            return "Recipient[memberId=" + memberId + ", language=" + language + "]";
        }
    }
}
