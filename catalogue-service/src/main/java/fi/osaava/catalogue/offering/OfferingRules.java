package fi.osaava.catalogue.offering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;

/**
 * The rules an offering's content keeps whatever way it arrives (HTTP, bulk import, provider feed). Field names
 * are those of the request body, so a caller sees which of its fields is wrong.
 */
public final class OfferingRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int DESCRIPTION_MAX = 10000;

    private OfferingRules() {
    }

    public static List<FieldError> violations(OfferingDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.titles().isEmpty()) {
            errors.add(new FieldError("titles", "a title in at least one language (fi, sv, en) is required"));
        }
        longest("titles", draft.titles(), TITLE_MAX, errors);
        longest("summaries", draft.summaries(), SUMMARY_MAX, errors);
        longest("descriptions", draft.descriptions(), DESCRIPTION_MAX, errors);
        if (draft.startsAt() != null && draft.endsAt() != null && draft.endsAt().isBefore(draft.startsAt())) {
            errors.add(new FieldError("endsAt", "must not be before startsAt"));
        }
        if (draft.registrationDeadline() != null && draft.startsAt() != null
                && draft.registrationDeadline().isAfter(draft.startsAt())) {
            errors.add(new FieldError("registrationDeadline", "must not be after startsAt"));
        }
        if (draft.capacity() != null && draft.capacity() < 1) {
            errors.add(new FieldError("capacity", "must be at least 1 (leave it out for unlimited)"));
        }
        pricing(draft, errors);
        delivery(draft.delivery(), errors);
        for (int i = 0; i < draft.attachments().size(); i++) {
            if (!isHttps(draft.attachments().get(i).url())) {
                errors.add(new FieldError("attachments[" + i + "].url", "must be an https:// address"));
            }
        }
        for (int i = 0; i < draft.teachingLanguages().size(); i++) {
            if (!LocalizedText.LANGUAGES.contains(draft.teachingLanguages().get(i))) {
                errors.add(new FieldError("teachingLanguages[" + i + "]", "must be fi, sv or en"));
            }
        }
        return errors;
    }

    /** @throws InvalidFieldException (a 400 with the field list) when the content breaks a rule */
    public static void require(OfferingDraft draft) {
        List<FieldError> errors = violations(draft);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private static void pricing(OfferingDraft draft, List<FieldError> errors) {
        Pricing pricing = draft.pricing();
        if (pricing == null) {
            return;
        }
        BigDecimal price = pricing.priceEur();
        if (pricing.kind() == PricingKind.PAID && (price == null || price.signum() <= 0)) {
            errors.add(new FieldError("pricing.priceEur", "a PAID offering needs a price greater than 0"));
        }
        if (pricing.kind() != PricingKind.PAID && price != null) {
            errors.add(new FieldError("pricing.priceEur", "only a PAID offering has a price"));
        }
        if (pricing.kind() == PricingKind.FUNDED) {
            if (draft.capacity() == null) {
                errors.add(new FieldError("capacity", "a FUNDED offering needs a capacity of at least 1"));
            }
            if (draft.registrationDeadline() == null) {
                errors.add(new FieldError("registrationDeadline",
                        "a FUNDED offering needs a registration deadline (binding pre-registration)"));
            }
        }
    }

    private static void delivery(@Nullable Delivery delivery, List<FieldError> errors) {
        if (delivery == null) {
            return;
        }
        if (delivery.mode() != DeliveryMode.ONLINE && delivery.place() == null) {
            errors.add(new FieldError("delivery.place", "an ON_SITE or HYBRID offering needs a place"));
        }
        if (delivery.onlineUrl() != null) {
            if (delivery.mode() == DeliveryMode.ON_SITE) {
                errors.add(new FieldError("delivery.onlineUrl", "only an ONLINE or HYBRID offering has an onlineUrl"));
            } else if (!isHttps(delivery.onlineUrl())) {
                errors.add(new FieldError("delivery.onlineUrl", "must be an https:// address"));
            }
        }
    }

    private static void longest(String field, @Nullable LocalizedText text, int max, List<FieldError> errors) {
        if (text != null) {
            text.present().forEach((language, value) -> {
                if (value.length() > max) {
                    errors.add(new FieldError(field + "." + language, "must be at most " + max + " characters"));
                }
            });
        }
    }

    private static boolean isHttps(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
