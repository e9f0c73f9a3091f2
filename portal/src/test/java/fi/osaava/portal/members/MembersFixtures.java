package fi.osaava.portal.members;

/** membership-service's answers to the ecosystem's coordinator, shapes copied from its API (organisation/web …). */
final class MembersFixtures {

    /** {@code GET /api/ecosystems/pohjois-savo/applications}: ApplicationView, oldest first. */
    static final String APPLICATIONS = """
            [{"organisationId": "org-hoiva", "name": "Hoiva Puijonlaakso Oy", "businessId": "1234567-1",
              "type": "SERVICE_PRODUCER", "regions": ["11"], "competenceAreasOffered": [],
              "competenceAreasOfInterest": ["medication-safety"], "website": null,
              "contactEmail": "info@hoiva.example.org", "contactPersons": [], "requestedRing": "MIDDLE",
              "motivation": "Haluamme mukaan lääkehoidon koulutuksiin.", "appliedAt": "2026-12-01T10:00:00Z",
              "participations": [{"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": [], "status": "APPLIED",
                                  "reason": null, "since": "2026-12-01T10:00:00Z", "changedAt": "2026-12-01T10:00:00Z"}]},
             {"organisationId": "org-opisto", "name": "Kallaveden opisto", "businessId": "7654321-2",
              "type": "VOCATIONAL_COLLEGE", "regions": ["11"], "competenceAreasOffered": ["documentation"],
              "competenceAreasOfInterest": [], "website": "https://opisto.example.org",
              "contactEmail": "info@opisto.example.org", "contactPersons": [], "requestedRing": "CORE",
              "motivation": null, "appliedAt": "2026-12-03T09:00:00Z", "participations": []}]""";

    /** {@code GET /api/organisations} as the coordinator reads it: whole records with every participation. */
    static final String ORGANISATIONS = """
            [{"id": "org-hoiva", "name": "Hoiva Puijonlaakso Oy", "businessId": "1234567-1", "type": "SERVICE_PRODUCER",
              "ring": "MIDDLE", "status": "PENDING", "regions": ["11"], "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": [], "status": "APPLIED", "reason": null,
                "since": "2026-12-01T10:00:00Z", "changedAt": "2026-12-01T10:00:00Z"}]},
             {"id": "org-kotihoito", "name": "Kotihoito Kallavesi", "businessId": "2345678-9", "type": "SERVICE_PRODUCER",
              "ring": "MIDDLE", "status": "ACTIVE", "regions": ["11"], "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": [], "status": "SUSPENDED",
                "reason": "Maksamattomat jäsenmaksut", "since": "2026-01-10T08:00:00Z", "changedAt": "2026-11-01T08:00:00Z"}]},
             {"id": "org-county", "name": "Pohjois-Savon hyvinvointialue", "businessId": "0000001-9",
              "type": "WELLBEING_SERVICES_COUNTY", "ring": "CORE", "status": "ACTIVE", "regions": ["11"], "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": ["COORDINATOR"], "status": "ACTIVE", "reason": null,
                "since": "2026-01-10T08:00:00Z", "changedAt": "2026-01-10T08:00:00Z"}]},
             {"id": "org-savonia", "name": "Savonia-ammattikorkeakoulu", "businessId": "0000002-7",
              "type": "UNIVERSITY_OF_APPLIED_SCIENCES", "ring": "CORE", "status": "ACTIVE", "regions": ["11"],
              "futureField": 1, "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": ["WORKING_GROUP", "CONTACT_POINT"],
                "status": "ACTIVE", "reason": null, "since": "2026-01-10T08:00:00Z", "changedAt": "2026-01-10T08:00:00Z"},
               {"ecosystemId": "pirkanmaa", "ring": "OUTER", "roles": [], "status": "ACTIVE", "reason": null,
                "since": "2026-02-10T08:00:00Z", "changedAt": "2026-02-10T08:00:00Z"}]},
             {"id": "org-tuni", "name": "Tampereen yliopisto", "businessId": "0000003-5", "type": "UNIVERSITY",
              "ring": "CORE", "status": "ACTIVE", "regions": ["06"], "participations": [
               {"ecosystemId": "pirkanmaa", "ring": "CORE", "roles": [], "status": "ACTIVE", "reason": null,
                "since": "2026-01-11T08:00:00Z", "changedAt": "2026-01-11T08:00:00Z"}]},
             {"id": "org-union", "name": "Sote-ammattilaiset ry", "businessId": "0000004-3", "type": "UNION",
              "ring": "OUTER", "status": "ACTIVE", "regions": ["11"], "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "OUTER", "roles": [], "status": "ACTIVE", "reason": null,
                "since": "2026-01-10T08:00:00Z", "changedAt": "2026-01-10T08:00:00Z"},
               {"ecosystemId": "pirkanmaa", "ring": "OUTER", "roles": [], "status": "LEFT", "reason": null,
                "since": "2026-01-10T08:00:00Z", "changedAt": "2026-03-10T08:00:00Z"}]}]""";

    /** {@code GET /api/ecosystems/pohjois-savo/passive-members}: PassiveMemberView, oldest first. */
    static final String PASSIVE_MEMBERS = """
            [{"id": "pm-1", "ecosystemId": "pohjois-savo", "status": "ACTIVE", "email": "kotihoiva@example.org",
              "organisationName": "Kotihoiva Maaninka", "regions": ["11"], "competenceAreas": ["medication-safety"],
              "targetGroups": ["STAFF"], "language": "fi", "joinedAt": "2026-10-01T08:00:00Z",
              "confirmedAt": "2026-10-01T08:10:00Z", "leftAt": null, "erasedAt": null},
             {"id": "pm-2", "ecosystemId": "pohjois-savo", "status": "PENDING", "email": null,
              "organisationName": null, "regions": ["11"], "competenceAreas": [], "targetGroups": [],
              "language": "sv", "joinedAt": "2026-11-01T08:00:00Z", "confirmedAt": null, "leftAt": null, "erasedAt": null},
             {"id": "pm-3", "ecosystemId": "pohjois-savo", "status": "LEFT", "email": null,
              "organisationName": null, "regions": [], "competenceAreas": [], "targetGroups": [],
              "language": "fi", "joinedAt": "2026-09-01T08:00:00Z", "confirmedAt": "2026-09-01T08:10:00Z",
              "leftAt": "2026-10-01T08:00:00Z", "erasedAt": null}]""";

    /** {@code GET /api/organisations/org-savonia/clients}: ClientView, never a secret. */
    static final String CLIENTS = """
            [{"clientId": "savonia-peppi", "organisationId": "org-savonia", "roles": ["SYSTEM", "MEMBER"],
              "createdAt": "2026-06-01T08:00:00Z", "revoked": false},
             {"clientId": "savonia-old", "organisationId": "org-savonia", "roles": ["SYSTEM", "MEMBER"],
              "createdAt": "2026-01-01T08:00:00Z", "revoked": true}]""";

    /** {@code POST /api/organisations/org-savonia/clients}: IssuedClientView, the only answer with the secret. */
    static final String ISSUED = """
            {"clientId": "savonia-new", "clientSecret": "s3cr3t-only-once-9f8e7d", "organisationId": "org-savonia",
             "roles": ["SYSTEM", "MEMBER"]}""";

    /** {@code POST …/participations/{id}/approve} and the other decisions: ParticipationView. */
    static final String PARTICIPATION = """
            {"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": ["CONTACT_POINT"], "status": "ACTIVE",
             "reason": null, "since": "2026-12-05T10:00:00Z", "changedAt": "2026-12-05T10:00:00Z"}""";

    private MembersFixtures() {
    }
}
