package fi.osaava.notification.recipient;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation is, as membership says in its events ({@code kind}): membership decides it from the
 * organisation's type, so this service keeps no list of the types. A passive member is a service producer here
 * (this service's own rule for persons, {@link Recipient}).
 */
public enum OrganisationKind {
    EDUCATION_PROVIDER, SERVICE_PRODUCER, OTHER;

    /** The kind named, if this version knows it. */
    static Optional<OrganisationKind> named(@Nullable String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
