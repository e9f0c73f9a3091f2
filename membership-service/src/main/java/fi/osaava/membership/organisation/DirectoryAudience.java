package fi.osaava.membership.organisation;

/**
 * How much of an organisation's directory entry a reader sees: anyone the public card; a member also the contact
 * persons who consented to be listed; the coordinator of an ecosystem the organisation takes part in (and the
 * platform coordinator) every contact person, the business id and the organisation's address.
 */
public enum DirectoryAudience {
    PUBLIC, MEMBER, COORDINATOR
}
