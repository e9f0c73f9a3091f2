package fi.osaava.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The services' refusals in the person's language. Each detail here is the service's text as it writes it
 * (catalogue-service's {@code SeatLedger}, needs-service's {@code CompetenceNeed}): a change of wording there shows
 * up here, and until then the person sees the service's own words rather than nothing.
 */
class RefusalsTest {

    static final Locale FI = Locale.forLanguageTag("fi");
    static final Locale SV = Locale.forLanguageTag("sv");
    static final Locale EN = Locale.forLanguageTag("en");

    final ResourceBundleMessageSource messages = messages();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    String said(OsaavaService service, int status, String detail, Locale locale) {
        return messages.getMessage(Refusals.of(new ServiceProblem(service, status, detail, List.of()), locale,
                "participation.refused"), locale);
    }

    @Test
    void noSeatsLeftIsSaidInEachLanguageWithItsFigures() {
        String detail = "Only 1 seat(s) left; asked for 5";
        assertThat(said(OsaavaService.CATALOGUE, 409, detail, FI)).isEqualTo("Vapaita paikkoja on enää 1; pyysitte 5.");
        assertThat(said(OsaavaService.CATALOGUE, 409, detail, SV)).isEqualTo("Det finns bara 1 lediga platser kvar; ni bad om 5.");
        assertThat(said(OsaavaService.CATALOGUE, 409, detail, EN)).isEqualTo("Only 1 seats are left; you asked for 5.");
        assertThat(said(OsaavaService.CATALOGUE, 409, "The offering is full: no seats left (capacity 30)", FI))
                .isEqualTo("Koulutus on täynnä: kaikki 30 paikkaa on varattu.");
    }

    @Test
    void theOtherSeatRefusalsAreKnownToo() {
        assertThat(said(OsaavaService.CATALOGUE, 409, "Your organisation already holds 3 seat(s) here (PRE_REGISTERED); "
                + "change the number with PUT /api/offerings/off-1/pre-registrations/mine", EN))
                .isEqualTo("Your organisation already holds 3 seats in this training. Change the number with the form.");
        assertThat(said(OsaavaService.CATALOGUE, 409, "Your 4 seat(s) are COMMITTED, which is binding; "
                + "they can only be cancelled as a whole before the deadline", FI)).startsWith("Olette sitoutuneet 4 paikkaan");
        assertThat(said(OsaavaService.CATALOGUE, 409, "The registration deadline of offering off-1 was "
                + "2027-01-20T10:00:00Z; pre-registrations can no longer be made, changed, committed or cancelled", FI))
                .startsWith("Ilmoittautuminen päättyi ").contains("20.1.2027", "12.00");
        assertThat(said(OsaavaService.CATALOGUE, 409, "Offering off-1 is WITHDRAWN; pre-registration is open only for "
                + "PUBLISHED offerings", SV)).isEqualTo("Utbildningens status är Återtagen; förhandsanmälan är möjlig endast "
                + "till publicerade utbildningar.");
        assertThat(said(OsaavaService.CATALOGUE, 409, "Offering off-1 is PAID; only FUNDED offerings take pre-registrations",
                EN)).isEqualTo("Only funded trainings take pre-registrations.");
        assertThat(said(OsaavaService.CATALOGUE, 403, "The provider of an offering does not pre-register to it", EN))
                .isEqualTo("The provider of a training does not pre-register to its own training.");
    }

    @Test
    void theNeedsRefusalsNameTheNeedsStateInThePersonsLanguage() {
        assertThat(said(OsaavaService.NEEDS, 409, "Need need-1 is CLOSED; only a published need can be endorsed", FI))
                .isEqualTo("Tarpeen tila on Suljettu; vain avointa tarvetta voi tukea.");
        assertThat(said(OsaavaService.NEEDS, 409, "Need need-1 is WITHDRAWN; only a published need can be closed", EN))
                .isEqualTo("The status of the need is Withdrawn; only an open need can be closed.");
        assertThat(said(OsaavaService.NEEDS, 409, "Need need-1 is COVERED; only a published need gets a priority", FI))
                .isEqualTo("Tarpeen tila on Katettu; vain julkaistulle tarpeelle voi asettaa prioriteetin.");
        assertThat(said(OsaavaService.NEEDS, 409, "Need need-1 is CLOSED; it can no longer be withdrawn", SV))
                .isEqualTo("Behovets status är Stängt och kan inte längre återkallas.");
        assertThat(said(OsaavaService.NEEDS, 409,
                "Need need-1 is your organisation's own; change its estimated learners instead", EN))
                .isEqualTo("This is your own organisation's need. Change its number of learners instead of endorsing it.");
    }

    @Test
    void anUnknownRefusalKeepsTheServicesOwnWordsAndAKnownWordingFromAnotherServiceOrStatusIsNotTakenForIt() {
        assertThat(said(OsaavaService.CATALOGUE, 409, "Something new went wrong", FI))
                .isEqualTo("Tarjotin ei hyväksynyt tätä: Something new went wrong");
        assertThat(said(OsaavaService.NEEDS, 409, "Only 1 seat(s) left; asked for 5", EN)).endsWith(": Only 1 seat(s) left; asked for 5");
        assertThat(said(OsaavaService.CATALOGUE, 400, "Only 1 seat(s) left; asked for 5", EN)).endsWith(": Only 1 seat(s) left; asked for 5");
        // a state the portal has no name for is not turned into a missing message
        assertThat(said(OsaavaService.NEEDS, 409, "Need need-1 is ARCHIVED; it can no longer be withdrawn", EN))
                .endsWith(": Need need-1 is ARCHIVED; it can no longer be withdrawn");
        assertThat(Refusals.known(new ServiceProblem(OsaavaService.CATALOGUE, 409, null, List.of()), EN)).isEmpty();
    }
}
