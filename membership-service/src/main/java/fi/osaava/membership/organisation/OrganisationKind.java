package fi.osaava.membership.organisation;

/**
 * What an organisation is for the rest of the platform, whatever its {@link OrganisationType}: an education
 * provider offers training, a service producer provides social and health services (and employs the learners).
 * Published with the organisation's events, so that other services need not keep their own copy of the types.
 */
public enum OrganisationKind {
    EDUCATION_PROVIDER, SERVICE_PRODUCER, OTHER
}
