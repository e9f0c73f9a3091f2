package fi.osaava.kit.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A code of the shared competence vocabulary such as {@code medication-safety}. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ReferenceCodeValidators.CompetenceArea.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompetenceAreaCode {
    String message() default "is not a code of the competence vocabulary";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
