package fi.osaava.notification.alert;

import java.util.Map;
import java.util.stream.Collectors;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.notification.recipient.Recipient;

/** The words of a need alert, Finnish first and English after it. Localised templates come later. */
final class AlertText {

    private static final Map<String, String> TARGET_GROUPS_FI = Map.of("STAFF", "henkilöstö ja ammattilaiset",
            "SUPERVISORS", "esihenkilöt ja johto");
    private static final Map<String, String> HORIZONS_FI = Map.of("NOW", "heti", "WITHIN_A_YEAR", "vuoden sisällä",
            "ONE_TO_THREE_YEARS", "1–3 vuoden kuluessa", "THREE_TO_FIVE_YEARS", "3–5 vuoden kuluessa");

    private AlertText() {
    }

    static String subject(NeedPublishedMessage need) {
        return "Uusi osaamistarve: " + need.title() + " (" + regionFi(need) + ")";
    }

    static String body(Recipient recipient, NeedPublishedMessage need, AlertReason reason) {
        ReferenceData reference = ReferenceData.get();
        String areasFi = need.competenceAreas().stream().map(code -> reference.competenceAreaLabel(code, "fi"))
                .collect(Collectors.joining(", "));
        String matchedFi = reason.matchedAreas().stream().sorted().map(code -> reference.competenceAreaLabel(code, "fi"))
                .collect(Collectors.joining(", "));
        String matchedEn = reason.matchedAreas().stream().sorted().map(code -> reference.competenceAreaLabel(code, "en"))
                .collect(Collectors.joining(", "));
        String whyFi = reason.role() == AlertReason.Role.PROVIDER_OFFERS
                ? "organisaationne tarjoaa koulutusta osaamisalueilla " + matchedFi + " alueella " + regionFi(need)
                : "organisaationne on kiinnostunut osaamisalueista " + matchedFi + " alueella " + regionFi(need);
        String whyEn = reason.role() == AlertReason.Role.PROVIDER_OFFERS
                ? "your organisation offers training in " + matchedEn + " in " + reference.regionName(need.region(), "en")
                : "your organisation is interested in " + matchedEn + " in " + reference.regionName(need.region(), "en");
        StringBuilder text = new StringBuilder()
                .append(recipient.name().isBlank() ? "Hei" : "Hei " + recipient.name()).append(",\n\n")
                .append("alueella ").append(regionFi(need)).append(" on julkaistu uusi osaamistarve.\n\n")
                .append("Tarve: ").append(need.title()).append('\n')
                .append("Alue: ").append(regionFi(need)).append(" (").append(need.region()).append(")\n")
                .append("Osaamisalueet: ").append(areasFi).append('\n')
                .append("Kohderyhmä: ").append(TARGET_GROUPS_FI.getOrDefault(need.targetGroup(), need.targetGroup())).append('\n');
        if (need.estimatedLearners() != null) {
            text.append("Arvioitu osallistujamäärä: ").append(need.estimatedLearners()).append('\n');
        }
        if (need.horizon() != null) {
            text.append("Aikajänne: ").append(HORIZONS_FI.getOrDefault(need.horizon(), need.horizon())).append('\n');
        }
        if (need.description() != null && !need.description().isBlank()) {
            text.append('\n').append(need.description()).append('\n');
        }
        return text.append("\nSaat tämän viestin, koska ").append(whyFi).append(".\n\n")
                .append("-- \n")
                .append("A new competence need was published in ").append(reference.regionName(need.region(), "en"))
                .append(": ").append(need.title()).append(". You receive this because ").append(whyEn).append(".\n")
                .append("Need id: ").append(need.needId()).append('\n')
                .toString();
    }

    private static String regionFi(NeedPublishedMessage need) {
        return ReferenceData.get().regionName(need.region(), "fi");
    }
}
