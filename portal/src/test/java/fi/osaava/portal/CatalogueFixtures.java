package fi.osaava.portal;

/** catalogue-service's answers, as it gives them (shapes copied from its API). */
public final class CatalogueFixtures {

    public static final String VOCABULARY = """
            {"version": 2, "concepts": [
              {"code": "medication-safety", "broader": null, "narrower": ["medication-calculations"],
               "labels": {"fi": "Lääkehoidon turvallisuus", "sv": "Läkemedelssäkerhet", "en": "Medication safety"},
               "esco": null, "deprecated": false, "replacedBy": null},
              {"code": "medication-calculations", "broader": "medication-safety", "narrower": [],
               "labels": {"fi": "Lääkelaskenta", "sv": "Läkemedelsräkning", "en": "Medication calculations"},
               "esco": null, "deprecated": false, "replacedBy": null}
            ]}""";

    public static final String REGIONS_FI = """
            [{"code": "11", "name": "Pohjois-Savo"}, {"code": "01", "name": "Uusimaa"}]""";

    public static final String REGIONS_SV = """
            [{"code": "11", "name": "Norra Savolax"}, {"code": "01", "name": "Nyland"}]""";

    public static final String OFFERING = """
            {"id": "off-1", "providerOrganisationId": "org-savonia", "title": "Lääkelaskennan kertaus",
             "titles": {"fi": "Lääkelaskennan kertaus", "sv": "Repetition av läkemedelsräkning"},
             "summaries": {"fi": "Kertaa lääkelaskennan perusteet kotihoidossa."},
             "descriptions": {"fi": "Pitkä kuvaus."}, "description": "Pitkä kuvaus.",
             "category": "PROVIDER_TRAINING", "targetGroups": ["STAFF"],
             "competenceAreas": ["medication-calculations"], "regions": ["11"],
             "delivery": {"mode": "ONLINE", "place": null, "onlineUrl": "https://example.org/kurssi"},
             "startsAt": "2027-02-01T08:00:00Z", "endsAt": "2027-02-01T14:00:00Z", "registrationDeadline": null,
             "pricing": {"kind": "PAID", "priceEur": 149.00, "funder": null}, "capacity": null,
             "teachingLanguages": ["fi"], "contact": null, "attachments": [], "status": "PUBLISHED",
             "createdAt": "2026-11-01T10:00:00Z", "futureField": {"ignored": true}}""";

    public static final String SEARCH = """
            {"items": [%s], "total": 1, "page": 0, "size": 20, "truncated": false,
             "facets": {"category": {"PROVIDER_TRAINING": 1}, "targetGroup": {"STAFF": 1},
                        "competenceArea": {"medication-calculations": 1}, "region": {"11": 1},
                        "deliveryMode": {"ONLINE": 1}, "pricing": {"PAID": 1}, "language": {"fi": 1}}}
            """.formatted(OFFERING);

    /** A topic as a visitor gets it: no contact person. */
    public static final String THESIS_TOPIC = """
            {"id": "thesis-1", "organisationId": "org-kotihoito", "title": "Lääkehoidon kirjaaminen kotihoidossa",
             "description": "Miten kotihoidon hoitajat kirjaavat lääkehoidon? Haastattelut ja kehittämisehdotukset.",
             "field": "NURSING", "degreeLevels": ["UAS_BACHELOR", "UAS_MASTER"],
             "competenceAreas": ["medication-calculations"], "regions": ["11"], "language": "fi", "contact": null,
             "status": "OPEN", "createdAt": "2026-11-02T10:00:00Z", "updatedAt": "2026-11-02T10:00:00Z",
             "futureField": {"ignored": true}}""";

    public static final String THESIS_TOPICS = """
            {"items": [%s], "total": 1, "page": 0, "size": 20, "truncated": false}""".formatted(THESIS_TOPIC);

    /** A network as a visitor gets it: no contact person. */
    public static final String NETWORK = """
            {"id": "net-1", "organisationId": "org-savonia", "name": "Lääkehoidon asiantuntijaverkosto",
             "kind": "EXPERT", "description": "Lääkehoidon osaajat jakavat käytäntöjä kerran kuussa.",
             "howToJoin": "Kirjoita verkoston yhteyshenkilölle ja kerro työstäsi.",
             "competenceAreas": ["medication-safety"], "regions": ["11"], "language": "fi", "contact": null,
             "active": true, "createdAt": "2026-10-01T10:00:00Z", "updatedAt": "2026-10-01T10:00:00Z"}""";

    public static final String NETWORKS = """
            {"items": [%s], "total": 1, "page": 0, "size": 20, "truncated": false}""".formatted(NETWORK);

    public static FakeService catalogue() {
        FakeService catalogue = new FakeService();
        serve(catalogue);
        return catalogue;
    }

    /** The reference data and one offering, thesis topic and network that every search finds. */
    public static void serve(FakeService catalogue) {
        catalogue.json("/api/vocabulary", VOCABULARY)
                .json("/api/regions", REGIONS_FI)
                .json("/api/regions?language=sv", REGIONS_SV)
                .json("/api/offerings/search", SEARCH)
                .json("/api/offerings/off-1", OFFERING)
                .json("/api/thesis-topics", THESIS_TOPICS)
                .json("/api/thesis-topics/thesis-1", THESIS_TOPIC)
                .json("/api/networks", NETWORKS)
                .json("/api/networks/net-1", NETWORK);
    }

    private CatalogueFixtures() {
    }
}
