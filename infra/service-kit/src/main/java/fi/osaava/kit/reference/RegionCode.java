package fi.osaava.kit.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A Statistics Finland region (maakunta) code such as {@code 11}. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ReferenceCodeValidators.Region.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCode {
    String message() default "is not a known region code (Statistics Finland maakunta code, e.g. 11)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
