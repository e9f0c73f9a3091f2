package fi.osaava.membership.passive;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.TargetGroup;

/**
 * What a passive member wants to hear about, and in which language.
 *
 * @param organisationName optional: a small producer may join without naming itself
 * @param language         {@code fi}, {@code sv} or {@code en}
 */
public record PassiveMemberProfile(@Nullable String organisationName, List<String> regions,
                                   List<String> competenceAreas, List<TargetGroup> targetGroups, String language) {

    public PassiveMemberProfile {
        regions = List.copyOf(regions);
        competenceAreas = List.copyOf(competenceAreas);
        targetGroups = List.copyOf(targetGroups);
    }
}
