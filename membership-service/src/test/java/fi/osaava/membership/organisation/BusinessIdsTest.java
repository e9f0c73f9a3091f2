package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000001-9", "0000002-7", "0000004-3", "0000000-0", "1572860-0", "0737546-2"})
    void acceptsIdsWithTheRightCheckDigit(String id) {
        assertThat(BusinessIds.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000001-8", "1572860-1", "0737546-3", "000001-9", "0000001 9", "00000019", "abcdefg-h", ""})
    void rejectsWrongCheckDigitsAndShapes(String id) {
        assertThat(BusinessIds.isValid(id)).isFalse();
    }

    @ParameterizedTest
    // 0000006: weighted sum 12, remainder 1, so no check digit is valid
    @ValueSource(strings = {"0000006-0", "0000006-1", "0000006-5", "0000006-9"})
    void rejectsNumbersWhoseRemainderIsOne(String id) {
        assertThat(BusinessIds.isValid(id)).isFalse();
    }
}
