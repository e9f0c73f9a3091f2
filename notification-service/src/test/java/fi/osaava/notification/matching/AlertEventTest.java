package fi.osaava.notification.matching;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AlertEventTest {

    @Test
    void aTitleOnlyInFinnishWithTheOtherLanguagesNullIsShownInFinnishInEveryLanguage() {
        Map<String, String> titles = new HashMap<>();
        titles.put("fi", "Tarvekartoitus");
        titles.put("sv", null);
        titles.put("en", null);

        AlertEvent event = event(titles);

        assertThat(event.titles()).containsExactly(Map.entry("fi", "Tarvekartoitus"));
        assertThat(event.title("sv")).isEqualTo("Tarvekartoitus");
        assertThat(event.title("en")).isEqualTo("Tarvekartoitus");
    }

    @Test
    void aMissingTitleFallsBackFromFinnishToSwedishToEnglish() {
        assertThat(event(Map.of("sv", "Behovskartläggning", "en", "Needs survey")).title("fi")).isEqualTo("Behovskartläggning");
        assertThat(event(Map.of("en", "Needs survey")).title("sv")).isEqualTo("Needs survey");
        assertThat(event(Map.of("fi", "Tarvekartoitus", "en", "Needs survey")).title("sv")).isEqualTo("Tarvekartoitus");
    }

    @Test
    void blankTitlesAndLanguagesAlertsAreNotWrittenInAreLeftOut() {
        AlertEvent event = event(Map.of("fi", " ", "sv", "Behovskartläggning", "de", "Bedarfserhebung"));

        assertThat(event.titles()).containsOnlyKeys("sv");
        assertThat(event.title("fi")).isEqualTo("Behovskartläggning");
    }

    @Test
    void nullDetailsAreLeftOut() {
        Map<String, String> details = new HashMap<>();
        details.put(AlertEvent.Detail.DESCRIPTION, null);
        details.put(AlertEvent.Detail.ECOSYSTEM_ID, "pohjois-savo");

        AlertEvent event = anAlertEvent().withId("e").about(Topic.ANNUAL_CLOCK_REMINDER, "s").titled("Tarvekartoitus")
                .withDetails(details).build();

        assertThat(event.details()).containsOnlyKeys(AlertEvent.Detail.ECOSYSTEM_ID);
    }

    private static AlertEvent event(Map<String, String> titles) {
        return anAlertEvent().withId("e").about(Topic.ANNUAL_CLOCK_REMINDER, "s").titled(titles).build();
    }
}
