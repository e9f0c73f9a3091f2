package fi.osaava.localstack.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo passive members: each joins (anonymously, as anyone may), its confirmation mail is read from the mail
 * sink and the link in it posted (double opt-in). One already active is left alone.
 */
final class DemoPassiveMembers {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern CONFIRM_LINK = Pattern.compile("/api/passive-members/confirm\\?token=([A-Za-z0-9_-]+)");

    private static final Logger log = LoggerFactory.getLogger(DemoPassiveMembers.class);

    private final JsonNode root;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI membership;
    private final URI mailApi;
    private final Supplier<String> coordinatorToken;

    DemoPassiveMembers(JsonNode root, JsonHttp http, ObjectMapper mapper, URI membership, URI mailApi,
                       Supplier<String> coordinatorToken) {
        this.root = root;
        this.http = http;
        this.mapper = mapper;
        this.membership = membership;
        this.mailApi = mailApi;
        this.coordinatorToken = coordinatorToken;
    }

    /**
     * Every demo passive member that is not active yet joins (anonymously, as anyone may), and its confirmation
     * link is taken from the newest mail the mail sink holds for it and posted (double opt-in). A mail that
     * does not come (one mail a minute per address) or a link that is refused is a warning, not a failure.
     */
    void joinAll() {
        for (JsonNode member : root.path("passiveMembers")) {
            String ecosystem = member.path("ecosystem").asText();
            String email = member.path("email").asText();
            URI members = membership.resolve("/api/ecosystems/" + ecosystem + "/passive-members");
            if (isActive(http.get(members, coordinatorToken.get()), email)) {
                continue;
            }
            int mailsBefore = mailsTo(email).size();
            ObjectNode body = (ObjectNode) member.deepCopy();
            body.remove(List.of("about", "ecosystem"));
            int joined = http.status("POST", members, body, null);
            if (joined != 202) {
                throw new DemoDataException("POST " + members + " answered " + joined + " (expected 202)");
            }
            Optional<String> token = awaitConfirmationToken(email, mailsBefore);
            if (token.isEmpty()) {
                log.warn("Demo passive member {} of {} left pending: no confirmation mail in {} s", email, ecosystem,
                        MAIL_WAIT.toSeconds());
                continue;
            }
            URI confirm = membership.resolve("/api/passive-members/confirm?token=" + token.get());
            int confirmed = http.status("POST", confirm, null, null);
            if (confirmed != 200) {
                log.warn("Demo passive member {} of {} left pending: the confirmation answered {}", email, ecosystem, confirmed);
            }
        }
    }

    private static boolean isActive(JsonNode members, String email) {
        for (JsonNode member : members) {
            if (email.equalsIgnoreCase(member.path("email").asText()) && "ACTIVE".equals(member.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> awaitConfirmationToken(String email, int mailsBefore) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            JsonNode mails = mailsTo(email);
            if (mails.size() > mailsBefore || System.nanoTime() > deadline) {
                // the newest link: joining again while pending makes a new one
                for (int i = mails.size() - 1; i >= 0; i--) {
                    Optional<String> token = confirmationToken(mails.get(i).path("mimeMessage").asText());
                    if (token.isPresent()) {
                        return token;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException("interrupted while waiting for the confirmation mail to " + email, e);
            }
        }
    }

    /** The mails the sink holds for an address (none before its first mail arrived). */
    private JsonNode mailsTo(String email) {
        URI url = mailApi.resolve("/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        return http.getAnonymous(url).filter(JsonNode::isArray).orElseGet(mapper::createArrayNode);
    }

    /** The token of the confirmation link in a raw mail, its body quoted-printable, base64 or plain. */
    static Optional<String> confirmationToken(String mime) {
        int split = mime.indexOf("\r\n\r\n");
        int bodyStart = split >= 0 ? split + 4 : mime.indexOf("\n\n") + 2;
        String headers = bodyStart > 1 ? mime.substring(0, bodyStart).toLowerCase(Locale.ROOT) : "";
        String text;
        if (headers.contains("content-transfer-encoding: base64")) {
            try {
                text = new String(Base64.getMimeDecoder().decode(mime.substring(bodyStart).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            text = mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        }
        Matcher matcher = CONFIRM_LINK.matcher(text);
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        return Optional.ofNullable(token);
    }
}
