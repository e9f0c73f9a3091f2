package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PoisonRecordsTest {

    @Test
    void everyPoisonRecordDeadLetteredAndNothingElseIsNoProblem() {
        List<String> keys = List.of("poison-a.things.v1", "poison-b.things.v1");

        assertThat(PoisonRecords.problems(keys, Map.of("poison-a.things.v1", 1, "poison-b.things.v1", 2))).isEmpty();
    }

    @Test
    void namesAPoisonRecordNotDeadLetteredAndADeadLetterThatWasNotPoison() {
        List<String> keys = List.of("poison-a.things.v1", "poison-b.things.v1");

        List<String> problems = PoisonRecords.problems(keys, Map.of("poison-a.things.v1", 1, "need-42", 1));

        assertThat(problems).containsExactly("poison record poison-b.things.v1 was not dead-lettered",
                "dead letter of a record that was not poison: key need-42");
    }
}
