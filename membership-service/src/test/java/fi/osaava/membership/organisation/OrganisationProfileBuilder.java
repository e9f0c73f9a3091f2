package fi.osaava.membership.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Test data: an organisation's profile, a demo service producer in Pohjois-Savo unless told otherwise. */
final class OrganisationProfileBuilder {

    private String name = "Hoivapalvelu Demo Oy";
    private String businessId = "0000010-8";
    private OrganisationType type = OrganisationType.SERVICE_PRODUCER;
    private Ring ring = Ring.MIDDLE;
    private List<String> regions = List.of("11");
    private List<String> competenceAreasOffered = List.of();
    private List<String> competenceAreasOfInterest = List.of();
    private List<TargetGroup> targetGroups = List.of();
    private String contactEmail = "info@hoiva.demo.osaava.fi";
    private boolean demo = true;
    private @Nullable String website;

    private OrganisationProfileBuilder() {
    }

    static OrganisationProfileBuilder anOrganisationProfile() {
        return new OrganisationProfileBuilder();
    }

    OrganisationProfileBuilder named(String name, String businessId) {
        this.name = name;
        this.businessId = businessId;
        return this;
    }

    OrganisationProfileBuilder ofType(OrganisationType type) {
        this.type = type;
        return this;
    }

    OrganisationProfileBuilder inRing(Ring ring) {
        this.ring = ring;
        return this;
    }

    OrganisationProfileBuilder offering(String... competenceAreas) {
        this.competenceAreasOffered = List.of(competenceAreas);
        return this;
    }

    OrganisationProfileBuilder interestedIn(String... competenceAreas) {
        this.competenceAreasOfInterest = List.of(competenceAreas);
        return this;
    }

    OrganisationProfileBuilder withContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
        return this;
    }

    OrganisationProfileBuilder withWebsite(String website) {
        this.website = website;
        return this;
    }

    OrganisationProfile build() {
        return new OrganisationProfile(name, businessId, type, ring, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, demo, website);
    }
}
