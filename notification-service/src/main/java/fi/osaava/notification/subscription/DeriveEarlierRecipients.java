package fi.osaava.notification.subscription;

import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.NamedStoreMigration;

/**
 * The store migration of the release that brought subscriptions: recipients from before it get their derived
 * subscriptions once, before the consumers start ({@link DerivedSubscriptions#deriveForRecipientsWithout()}).
 */
@Component
class DeriveEarlierRecipients extends NamedStoreMigration {

    private final DerivedSubscriptions derived;

    DeriveEarlierRecipients(DerivedSubscriptions derived) {
        super("2026-10-01-derived-subscriptions-for-earlier-recipients",
                "recipients without derived subscriptions get them");
        this.derived = derived;
    }

    @Override
    public long migrate() {
        return derived.deriveForRecipientsWithout();
    }
}
