package fi.osaava.portal.participation;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** The seats of an offering and the organisation's own pre-registration, as catalogue-service keeps them. */
@Component
public class Participation {

    /** The totals: {@code freeSeats} is null when the offering has no cap. */
    public record Seats(@Nullable Integer capacity, int reservedSeats, int committedSeats, @Nullable Integer freeSeats) {
    }

    /** The organisation's own pre-registration (its active one, else its latest cancelled one). */
    public record Mine(int seats, String status) {

        public boolean active() {
            return !"CANCELLED".equals(status);
        }

        public boolean committed() {
            return "COMMITTED".equals(status);
        }
    }

    private final ServiceApis apis;

    Participation(ServiceApis apis) {
        this.apis = apis;
    }

    public Optional<Seats> seats(String offeringId) {
        return optional(() -> apis.of(OsaavaService.CATALOGUE).get().uri("/api/offerings/{id}/seats", offeringId)
                .retrieve().body(Seats.class));
    }

    public Optional<Mine> mine(String offeringId) {
        return optional(() -> apis.of(OsaavaService.CATALOGUE).get()
                .uri("/api/offerings/{id}/pre-registrations/mine", offeringId).retrieve().body(Mine.class));
    }

    void preRegister(String offeringId, int seats, boolean change) {
        var call = change
                ? apis.of(OsaavaService.CATALOGUE).put().uri("/api/offerings/{id}/pre-registrations/mine", offeringId)
                : apis.of(OsaavaService.CATALOGUE).post().uri("/api/offerings/{id}/pre-registrations", offeringId);
        call.body(Map.of("seats", seats)).retrieve().toBodilessEntity();
    }

    void commit(String offeringId) {
        apis.of(OsaavaService.CATALOGUE).post().uri("/api/offerings/{id}/pre-registrations/mine/commit", offeringId)
                .retrieve().toBodilessEntity();
    }

    void cancel(String offeringId) {
        apis.of(OsaavaService.CATALOGUE).delete().uri("/api/offerings/{id}/pre-registrations/mine", offeringId)
                .retrieve().toBodilessEntity();
    }

    void feedback(String offeringId, FeedbackForm form) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("rating", form.rating());
        body.put("comment", form.comment() == null ? "" : form.comment());
        body.put("participants", form.participants());
        apis.of(OsaavaService.CATALOGUE).post().uri("/api/offerings/{id}/evaluations", offeringId).body(body)
                .retrieve().toBodilessEntity();
    }

    private static <T> Optional<T> optional(java.util.function.Supplier<@Nullable T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 403) {
                return Optional.empty();
            }
            throw problem;
        }
    }
}
