package fi.osaava.notification.alert.email;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.unbescape.html.HtmlEscape;

import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.matching.AlertEvent;

/**
 * The alert mails of one event, reason and language, rendered once. A fan-out to thousands of subscribers sends
 * the same mail to each but for the greeting's name and the signed links, so the templates are run once with
 * markers in those places and each mail is the result with the recipient's values put in: as they are in the
 * plain-text part, escaped as Thymeleaf escapes text and attribute values ({@code escapeHtml4Xml}) in the HTML part.
 * The markers carry a random part made at start-up, so no event's text can contain one. Holds the most recently
 * used {@code capacity} renderings.
 */
final class AlertSkeletons {

    private static final String NONCE = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    static final String NAME = "osaavaslot" + NONCE + "name";
    static final String UNSUBSCRIBE = "osaavaslot" + NONCE + "unsubscribe";
    static final String PREFERENCES = "osaavaslot" + NONCE + "preferences";
    private static final List<String> SLOTS = List.of(NAME, UNSUBSCRIBE, PREFERENCES);

    /** What a rendering depends on besides the slots: whether there is a name changes the greeting's words. */
    record Key(AlertEvent event, AlertReason reason, String lang, boolean named) {
    }

    private final Map<Key, Skeleton> recent;

    AlertSkeletons(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Skeleton> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The skeleton of {@code key}, rendered by {@code render} (with the markers for the slots) if not held. */
    Skeleton get(Key key, Function<Key, RenderedEmail> render) {
        synchronized (recent) {
            Skeleton held = recent.get(key);
            if (held != null) {
                return held;
            }
        }
        // rendered outside the lock: two threads may render the same one at once, which is harmless
        Skeleton made = Skeleton.of(render.apply(key));
        synchronized (recent) {
            recent.put(key, made);
        }
        return made;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }

    /** A rendered mail cut at its slots. */
    record Skeleton(String subject, Parts text, Parts html) {

        static Skeleton of(RenderedEmail rendered) {
            return new Skeleton(rendered.subject(), Parts.of(rendered.text()), Parts.of(rendered.html()));
        }

        RenderedEmail fill(String name, String unsubscribe, String preferences) {
            List<String> values = List.of(name, unsubscribe, preferences);
            return new RenderedEmail(subject, text.fill(values, UnaryOperator.identity()),
                    html.fill(values, HtmlEscape::escapeHtml4Xml));
        }
    }

    /** Literal text between slots: {@code literals} has one more element than {@code slots}. */
    record Parts(List<String> literals, List<Integer> slots, int length) {

        static Parts of(String rendered) {
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int from = 0;
            while (true) {
                int next = -1;
                int slot = -1;
                for (int i = 0; i < SLOTS.size(); i++) {
                    int at = rendered.indexOf(SLOTS.get(i), from);
                    if (at >= 0 && (next < 0 || at < next)) {
                        next = at;
                        slot = i;
                    }
                }
                if (next < 0) {
                    literals.add(rendered.substring(from));
                    return new Parts(List.copyOf(literals), List.copyOf(slots), rendered.length());
                }
                literals.add(rendered.substring(from, next));
                slots.add(slot);
                from = next + SLOTS.get(slot).length();
            }
        }

        String fill(List<String> values, UnaryOperator<String> escape) {
            StringBuilder out = new StringBuilder(length + 256);
            for (int i = 0; i < slots.size(); i++) {
                out.append(literals.get(i)).append(escape.apply(values.get(slots.get(i))));
            }
            return out.append(literals.get(slots.size())).toString();
        }
    }
}
