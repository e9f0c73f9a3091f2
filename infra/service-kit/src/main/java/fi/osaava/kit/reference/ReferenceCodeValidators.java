package fi.osaava.kit.reference;

import org.jspecify.annotations.Nullable;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public final class ReferenceCodeValidators {

    private ReferenceCodeValidators() {
    }

    public static final class Region implements ConstraintValidator<RegionCode, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || ReferenceData.get().isRegion(value);
        }
    }

    public static final class CompetenceArea implements ConstraintValidator<CompetenceAreaCode, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || ReferenceData.get().isCurrentCompetenceArea(value)) {
                return true;
            }
            ReferenceData.get().competenceConcept(value).flatMap(CompetenceConcept::replacement).ifPresent(replacement -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is deprecated in the competence vocabulary; use "
                        + replacement).addConstraintViolation();
            });
            return false;
        }
    }
}
