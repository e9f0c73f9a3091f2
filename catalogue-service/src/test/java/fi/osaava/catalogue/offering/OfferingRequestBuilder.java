package fi.osaava.catalogue.offering;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Test data: the JSON body of {@code POST /api/offerings}, a provider's training online, free, in Finnish, in region
 * 11, ending at the end of 2027, unless a test says otherwise. A FUNDED one gets the capacity and the registration
 * deadline the rules require, a PAID one its price.
 */
final class OfferingRequestBuilder {

    private String title = "Koulutus";
    private String description = "Kuvaus";
    private String category = "PROVIDER_TRAINING";
    private String targetGroup = "STAFF";
    private String area = "medication-safety";
    private String region = "11";
    private String mode = "ONLINE";
    private String pricing = "FREE";
    private String priceEur = "120";
    private String startsAt = "2027-01-01T07:00:00Z";
    private String[] languages = {"fi"};

    private OfferingRequestBuilder() {
    }

    static OfferingRequestBuilder anOfferingRequest(String finnishTitle, String finnishDescription) {
        OfferingRequestBuilder request = new OfferingRequestBuilder();
        request.title = finnishTitle;
        request.description = finnishDescription;
        return request;
    }

    OfferingRequestBuilder inCategory(String category) {
        this.category = category;
        return this;
    }

    OfferingRequestBuilder forGroup(String targetGroup) {
        this.targetGroup = targetGroup;
        return this;
    }

    OfferingRequestBuilder onArea(String competenceArea) {
        this.area = competenceArea;
        return this;
    }

    OfferingRequestBuilder inRegion(String region) {
        this.region = region;
        return this;
    }

    /** ONLINE (with an address), ON_SITE or HYBRID (in Kuopio). */
    OfferingRequestBuilder delivered(String mode) {
        this.mode = mode;
        return this;
    }

    /** FREE, FUNDED or PAID (120 euros unless {@link #costing}). */
    OfferingRequestBuilder priced(String pricing) {
        this.pricing = pricing;
        return this;
    }

    OfferingRequestBuilder costing(String priceEur) {
        this.pricing = "PAID";
        this.priceEur = priceEur;
        return this;
    }

    OfferingRequestBuilder startingAt(String startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    OfferingRequestBuilder taughtIn(String... languages) {
        this.languages = languages;
        return this;
    }

    String json() {
        String delivery = mode.equals("ONLINE") ? "{\"mode\":\"ONLINE\",\"onlineUrl\":\"https://example.fi/x\"}"
                : "{\"mode\":\"" + mode + "\",\"place\":\"Kuopio\"}";
        String price = switch (pricing) {
            case "PAID" -> "{\"kind\":\"PAID\",\"priceEur\":" + priceEur + "}";
            case "FUNDED" -> "{\"kind\":\"FUNDED\",\"funder\":\"Pohjois-Savon hyvinvointialue\"}";
            default -> "{\"kind\":\"FREE\"}";
        };
        String funded = pricing.equals("FUNDED") ? ",\"capacity\":20,\"registrationDeadline\":\"2027-01-10T00:00:00Z\"" : "";
        String teachingLanguages = Arrays.stream(languages).map(l -> "\"" + l + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return """
                {"titles":{"fi":"%s"},"descriptions":{"fi":"%s"},"category":"%s","targetGroups":["%s"],
                 "competenceAreas":["%s"],"regions":["%s"],"delivery":%s,"startsAt":"%s","endsAt":"2027-12-31T00:00:00Z",
                 "pricing":%s%s,"teachingLanguages":%s}""".formatted(title, description, category, targetGroup, area,
                region, delivery, startsAt, price, funded, teachingLanguages);
    }
}
