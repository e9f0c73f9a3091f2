package fi.osaava.notification.subscription.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.SignedLinks;
import fi.osaava.notification.subscription.SignedLinks.Purpose;
import fi.osaava.notification.subscription.SubscriptionPreferences;
import fi.osaava.notification.subscription.SubscriptionPreferences.PreferencesView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The pages behind the links of the mails. A GET only shows a page, because mail scanners follow links; the
 * page's button, or a mail client's RFC 8058 one-click POST, does the deed. A link that is not genuine is a
 * 404 page; an erased subscription's unsubscribe link answers like any other, so a link reveals nothing.
 */
@RestController
@Tag(name = "Subscription links")
class SubscriptionLinkController {

    private final SubscriptionPreferences preferences;
    private final SignedLinks links;
    private final PreferencePages pages = new PreferencePages();

    SubscriptionLinkController(SubscriptionPreferences preferences, SignedLinks links) {
        this.preferences = preferences;
        this.links = links;
    }

    @GetMapping("/unsubscribe/{token}")
    @Operation(summary = "The unsubscribe page of a mail's link: changes nothing")
    ResponseEntity<String> unsubscribePage(@PathVariable String token) {
        Optional<String> subscriptionId = links.verify(token, Purpose.UNSUBSCRIBE);
        if (subscriptionId.isEmpty()) {
            return notFound();
        }
        Optional<PreferencesView> view = preferences.find(subscriptionId.get());
        if (view.isEmpty() || !view.get().active()) {
            return unsubscribed(view.map(PreferencesView::language).orElse("fi"));
        }
        return pages.render(HttpStatus.OK, "unsubscribe", view.get().language(), Map.of("done", false));
    }

    /**
     * One click (RFC 8058): the body is {@code List-Unsubscribe=One-Click} from a mail client, or the page's
     * form, or nothing; none of it matters, the signed path says what to stop. Idempotent.
     */
    @PostMapping("/unsubscribe/{token}")
    @Operation(summary = "Unsubscribe: one click (RFC 8058), no login; idempotent")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        Optional<String> subscriptionId = links.verify(token, Purpose.UNSUBSCRIBE);
        if (subscriptionId.isEmpty()) {
            return notFound();
        }
        preferences.unsubscribe(subscriptionId.get());
        return unsubscribed(preferences.find(subscriptionId.get()).map(PreferencesView::language).orElse("fi"));
    }

    @GetMapping("/preferences/{token}")
    @Operation(summary = "The preferences page of a mail's link: topics, cadence and language")
    ResponseEntity<String> preferencesPage(@PathVariable String token) {
        Optional<PreferencesView> view = links.verify(token, Purpose.PREFERENCES).flatMap(preferences::find);
        return view.map(found -> preferencesForm(HttpStatus.OK, found, null, false)).orElseGet(this::notFound);
    }

    @PostMapping("/preferences/{token}")
    @Operation(summary = "Save a person's own choice of topics, cadence and language")
    ResponseEntity<String> savePreferences(@PathVariable String token,
                                           @RequestParam(required = false) @Nullable List<String> topics,
                                           @RequestParam(defaultValue = "") String cadence,
                                           @RequestParam(defaultValue = "") String language) {
        Optional<String> subscriptionId = links.verify(token, Purpose.PREFERENCES);
        Optional<PreferencesView> current = subscriptionId.flatMap(preferences::find);
        if (subscriptionId.isEmpty() || current.isEmpty()) {
            return notFound();
        }
        Choice choice = Choice.of(topics, cadence, language, current.get().availableTopics());
        if (choice.error() != null) {
            return preferencesForm(HttpStatus.BAD_REQUEST, current.get(), choice.error(), false);
        }
        Optional<PreferencesView> saved;
        try {
            saved = preferences.update(subscriptionId.get(), choice.topics(), choice.cadence(), choice.language());
        } catch (IllegalArgumentException refused) {
            return preferencesForm(HttpStatus.BAD_REQUEST, current.get(), "error.topics", false);
        }
        return saved.map(view -> preferencesForm(HttpStatus.OK, view, null, true)).orElseGet(this::notFound);
    }

    /** What the form sent, checked; {@code error} is the message key of the first thing wrong. */
    private record Choice(Set<Topic> topics, Cadence cadence, String language, @Nullable String error) {

        static Choice of(@Nullable List<String> topicNames, String cadenceName, String language, Set<Topic> available) {
            Set<Topic> topics = EnumSet.noneOf(Topic.class);
            for (String name : topicNames == null ? List.<String>of() : topicNames) {
                Optional<Topic> topic = parse(Topic.class, name);
                if (topic.isEmpty() || !available.contains(topic.get())) {
                    return invalid("error.topics");
                }
                topics.add(topic.get());
            }
            if (topics.isEmpty()) {
                return invalid("error.noTopics");
            }
            Optional<Cadence> cadence = parse(Cadence.class, cadenceName);
            if (cadence.isEmpty()) {
                return invalid("error.cadence");
            }
            if (!PreferencePages.LANGUAGES.contains(language)) {
                return invalid("error.language");
            }
            return new Choice(topics, cadence.get(), language, null);
        }

        private static Choice invalid(String error) {
            return new Choice(Set.of(), Cadence.IMMEDIATE, "fi", error);
        }

        private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
            try {
                return Optional.of(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    private ResponseEntity<String> preferencesForm(HttpStatus status, PreferencesView view, @Nullable String error,
                                                   boolean saved) {
        List<Option> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            // the available topics are the authority: update refuses any other, so none other is offered
            if (view.availableTopics().contains(topic)) {
                topics.add(new Option(topic.name(), view.topics().contains(topic)));
            }
        }
        List<Option> cadences = new ArrayList<>();
        for (Cadence cadence : Cadence.values()) {
            cadences.add(new Option(cadence.name(), cadence == view.cadence()));
        }
        List<Option> languages = List.of("fi", "sv", "en").stream()
                .map(code -> new Option(code, code.equals(view.language()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("topics", topics);
        model.put("cadences", cadences);
        model.put("languages", languages);
        model.put("saved", saved);
        model.put("error", error == null ? "" : error);
        model.put("unsubscribeUrl", links.unsubscribeUrl(view.subscriptionId()).toString());
        return pages.render(status, "preferences", view.language(), model);
    }

    /** One checkbox, radio button or select option: its code and whether it is chosen. */
    record Option(String code, boolean chosen) {
    }

    private ResponseEntity<String> unsubscribed(String language) {
        return pages.render(HttpStatus.OK, "unsubscribe", language, Map.of("done", true));
    }

    private ResponseEntity<String> notFound() {
        return pages.render(HttpStatus.NOT_FOUND, "not-found", "fi", Map.of());
    }
}
