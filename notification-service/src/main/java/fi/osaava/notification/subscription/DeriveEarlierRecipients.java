package fi.osaava.notification.subscription;

import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.StoreMigration;

/**
 * The store migration of the release that brought subscriptions: recipients from before it get their derived
 * subscriptions once, before the consumers start ({@link DerivedSubscriptions#deriveForRecipientsWithout()}).
 */
@Component
class DeriveEarlierRecipients implements StoreMigration {

    private final DerivedSubscriptions derived;

    DeriveEarlierRecipients(DerivedSubscriptions derived) {
        this.derived = derived;
    }

    @Override
    public String id() {
        return "2026-10-01-derived-subscriptions-for-earlier-recipients";
    }

    @Override
    public String description() {
        return "recipients without derived subscriptions get them";
    }

    @Override
    public long migrate() {
        return derived.deriveForRecipientsWithout();
    }
}
