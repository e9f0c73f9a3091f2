package fi.osaava.kit.web;

import fi.osaava.kit.domain.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictRequestJsonTest {

    enum Horizon { NOW, LATER }

    record Session(LocalDate start, Instant opens) {
    }

    record Body(String title, LocalDate earliestStart, int learners, Boolean funded, Horizon horizon,
                List<Session> sessions, double price) {
    }

    static final JsonMapper STRICT = StrictRequestJson.apply(JsonMapper.builder()).build();

    static final String VALID = """
            {"title":"Lääkehoito","earliestStart":"2027-01-15","learners":12,"funded":true,"horizon":"NOW",
             "sessions":[{"start":"2027-02-01","opens":"2027-01-01T08:00:00Z"}],"price":12}""";

    @Test
    void readsABodyOfTheRightTypesAsBefore() {
        Body body = STRICT.readValue(VALID, Body.class);
        assertThat(body.title()).isEqualTo("Lääkehoito");
        assertThat(body.earliestStart()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(body.price()).isEqualTo(12.0);
        assertThat(body.sessions().get(0).opens()).isEqualTo(Instant.parse("2027-01-01T08:00:00Z"));
    }

    @Test
    void refusesANumberWhereTextOrADateBelongsNamingTheField() {
        assertThat(refusal(VALID.replace("\"Lääkehoito\"", "12345"))).contains(new FieldError("title", "must be text (a JSON string)"));
        assertThat(refusal(VALID.replace("\"2027-01-15\"", "12345")))
                .contains(new FieldError("earliestStart", "must be a date as text, YYYY-MM-DD"));
        assertThat(refusal(VALID.replace("\"Lääkehoito\"", "true"))).map(FieldError::field).contains("title");
        assertThat(refusal(VALID.replace("\"Lääkehoito\"", "1.5"))).map(FieldError::field).contains("title");
    }

    @Test
    void refusesTextForNumbersAndFlagsAndNumbersForEnumsAndFractionsForWholeNumbers() {
        assertThat(refusal(VALID.replace("\"learners\":12", "\"learners\":\"12\""))).contains(new FieldError("learners", "must be a whole number"));
        assertThat(refusal(VALID.replace("\"learners\":12", "\"learners\":12.5"))).map(FieldError::field).contains("learners");
        assertThat(refusal(VALID.replace("\"funded\":true", "\"funded\":1"))).contains(new FieldError("funded", "must be true or false"));
        assertThat(refusal(VALID.replace("\"NOW\"", "0"))).map(FieldError::field).contains("horizon");
        assertThat(refusal(VALID.replace("\"NOW\"", "\"SOMEDAY\"")))
                .contains(new FieldError("horizon", "must be one of NOW, LATER (not \"SOMEDAY\")"));
    }

    @Test
    void namesTheFieldInsideAListAndRefusesNumbersForInstants() {
        assertThat(refusal(VALID.replace("\"2027-02-01\"", "20270201"))).map(FieldError::field).contains("sessions[0].start");
        assertThat(refusal(VALID.replace("\"2027-01-01T08:00:00Z\"", "1798761600000"))).map(FieldError::field)
                .contains("sessions[0].opens");
    }

    @Test
    void refusesAPropertyGivenTwiceNamingIt() {
        assertThat(refusal(VALID.replace("{\"title\"", "{\"horizon\":\"LATER\",\"title\"")))
                .contains(new FieldError("horizon", "is given more than once; give it once"));
        assertThat(refusal(VALID.replace("{\"start\"", "{\"opens\":\"2027-01-01T08:00:00Z\",\"start\"")))
                .map(FieldError::field).contains("sessions[0].opens");
    }

    @Test
    void brokenSyntaxHasNoFieldToName() {
        assertThat(refusal("{\"title\":")).isEmpty();
    }

    private static Optional<FieldError> refusal(String json) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> {
            try {
                STRICT.readValue(json, Body.class);
            } catch (JacksonException e) {
                thrown[0] = e;
                throw e;
            }
        }).isInstanceOf(JacksonException.class);
        return RequestBodyErrors.fieldError(thrown[0]);
    }
}
