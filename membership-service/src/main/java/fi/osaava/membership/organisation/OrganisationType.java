package fi.osaava.membership.organisation;

public enum OrganisationType {
    WELLBEING_SERVICES_COUNTY, UNIVERSITY, UNIVERSITY_OF_APPLIED_SCIENCES, VOCATIONAL_COLLEGE,
    PRIVATE_TRAINING_PROVIDER, SERVICE_PRODUCER, NGO, AUTHORITY, FUNDER, UNION, OTHER;

    /** The one home of which types are education providers and which service producers. */
    public OrganisationKind kind() {
        return switch (this) {
            case UNIVERSITY, UNIVERSITY_OF_APPLIED_SCIENCES, VOCATIONAL_COLLEGE, PRIVATE_TRAINING_PROVIDER ->
                    OrganisationKind.EDUCATION_PROVIDER;
            case SERVICE_PRODUCER, NGO -> OrganisationKind.SERVICE_PRODUCER;
            case WELLBEING_SERVICES_COUNTY, AUTHORITY, FUNDER, UNION, OTHER -> OrganisationKind.OTHER;
        };
    }
}
