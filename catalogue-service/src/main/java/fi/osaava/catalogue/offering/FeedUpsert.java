package fi.osaava.catalogue.offering;

import org.jspecify.annotations.Nullable;

/**
 * A provider's system wants its offering {@code externalId} to look like {@code content}; the provider is
 * {@code content.providerOrganisationId()}, taken from where the event came from, never from its body.
 */
public record FeedUpsert(String externalId, @Nullable String sourceSystem, OfferingDraft content, boolean publish) {
}
