package fi.osaava.portal;

/** membership-service's public answers, as it gives them to a visitor (shapes copied from its API). */
public final class MembershipFixtures {

    public static final String POHJOIS_SAVO = """
            {"id": "pohjois-savo", "name": "Osaamisen sydän",
             "description": "Pohjois-Savon sote-alan jatkuvan oppimisen ekosysteemi.", "regions": ["11"],
             "coordinatorOrganisationId": "org-county", "foundedAt": "2026-01-10T08:00:00Z", "updatedAt": null}""";

    public static final String ECOSYSTEMS = """
            [%s,
             {"id": "pirkanmaa", "name": "PirSOTE Akatemia", "description": "Pirkanmaan ekosysteemi.",
              "regions": ["06"], "coordinatorOrganisationId": "org-pirha", "foundedAt": "2026-01-11T08:00:00Z",
              "updatedAt": null}]""".formatted(POHJOIS_SAVO);

    /** Public cards, sorted by name as the directory sorts them: one organisation in each ring. */
    public static final String DIRECTORY = """
            [{"id": "org-kotihoito", "name": "Kotihoito Kallavesi", "type": "SERVICE_PRODUCER",
              "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": []}],
              "regions": ["11"], "competenceAreasOffered": [],
              "competenceAreasOfInterest": ["medication-calculations"], "website": null, "demo": true},
             {"id": "org-county", "name": "Pohjois-Savon hyvinvointialue", "type": "WELLBEING_SERVICES_COUNTY",
              "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": ["COORDINATOR"]}],
              "regions": ["11"], "competenceAreasOffered": [], "competenceAreasOfInterest": ["medication-safety"],
              "website": "https://pshyvinvointialue.fi", "demo": true},
             {"id": "org-union", "name": "Pohjois-Savon sote-ammattilaiset ry", "type": "UNION",
              "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "OUTER", "roles": []}],
              "regions": ["11"], "competenceAreasOffered": [], "competenceAreasOfInterest": [], "demo": true},
             {"id": "org-savonia", "name": "Savonia-ammattikorkeakoulu", "type": "UNIVERSITY_OF_APPLIED_SCIENCES",
              "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": ["WORKING_GROUP"]}],
              "regions": ["11", "01"], "competenceAreasOffered": ["medication-calculations"],
              "competenceAreasOfInterest": [], "website": "https://www.savonia.fi", "demo": true,
              "futureField": {"ignored": true}}]""";

    /** The ecosystems and Pohjois-Savo's directory. */
    public static void serve(FakeService membership) {
        membership.json("/api/ecosystems", ECOSYSTEMS)
                .json("/api/ecosystems/pohjois-savo", POHJOIS_SAVO)
                .json("/api/directory", DIRECTORY);
    }

    private MembershipFixtures() {
    }
}
