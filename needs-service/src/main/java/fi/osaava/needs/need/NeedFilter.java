package fi.osaava.needs.need;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which needs a list shows. {@code competenceAreas} already includes the narrower concepts of what
 * was asked for; {@code null} or empty means "any".
 */
public record NeedFilter(@Nullable Set<NeedStatus> statuses, @Nullable Set<String> competenceAreas,
                         @Nullable String region, @Nullable TargetGroup targetGroup, @Nullable Horizon horizon,
                         @Nullable Priority priority, @Nullable String reportingOrganisationId) {

    public static NeedFilter open() {
        return new NeedFilter(NeedStatus.OPEN, null, null, null, null, null, null);
    }
}
