package fi.osaava.membership.organisation;

import org.jspecify.annotations.Nullable;

/** What an organisation asks of an ecosystem when it applies: a ring, and why it wants to take part. */
public record Application(String ecosystemId, Ring requestedRing, @Nullable String motivation) {
}
