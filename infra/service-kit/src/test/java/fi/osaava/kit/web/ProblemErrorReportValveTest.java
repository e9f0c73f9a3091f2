package fi.osaava.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ProblemErrorReportValveTest {

    @Test
    void writesTheProblemsMembersWithoutNulls() {
        String json = JsonMapper.builder().build().writeValueAsString(
                ProblemErrorReportValve.asJson(ErrorProblems.forStatus(400, null)));
        assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request is malformed: its URL, headers or body cannot be read\"}");
    }
}
