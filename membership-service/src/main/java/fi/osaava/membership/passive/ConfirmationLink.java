package fi.osaava.membership.passive;

import org.jspecify.annotations.Nullable;

/**
 * What a confirmation link does (or would do), and the member's language to answer in.
 *
 * @param language none for an unknown link
 */
public record ConfirmationLink(Confirmation outcome, @Nullable String language) {
}
