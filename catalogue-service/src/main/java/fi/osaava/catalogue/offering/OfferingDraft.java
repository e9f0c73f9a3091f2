package fi.osaava.catalogue.offering;

import java.util.List;

public record OfferingDraft(String providerOrganisationId, String title, String description, Category category,
                            List<TargetGroup> targetGroups, List<String> competenceAreas, List<String> regions) {
}
