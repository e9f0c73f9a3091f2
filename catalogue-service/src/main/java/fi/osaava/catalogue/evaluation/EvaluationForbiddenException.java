package fi.osaava.catalogue.evaluation;

/** The caller is known but may not evaluate this offering or see these evaluations (a 403 problem). */
public class EvaluationForbiddenException extends RuntimeException {

    public EvaluationForbiddenException(String message) {
        super(message);
    }
}
