package fi.osaava.membership.passive.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The small HTML pages behind the links of the mails, in the member's language (Finnish when unknown), in the
 * look of the sign-in pages (their stylesheet).
 * The links carry secrets: the pages are not cached and send no referrer.
 */
final class LinkPages {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "fi", Map.ofEntries(
                    Map.entry("confirmTitle", "Vahvista tilaus"),
                    Map.entry("confirmText", "Vahvista, että haluat tietoa alueesi uusista osaamistarpeista tähän osoitteeseen."),
                    Map.entry("confirmButton", "Vahvista"),
                    Map.entry("confirmed", "Kiitos! Tilauksesi on vahvistettu."),
                    Map.entry("alreadyConfirmed", "Tilauksesi on jo vahvistettu."),
                    Map.entry("expired", "Linkki on vanhentunut. Liity uudelleen, niin saat uuden linkin."),
                    Map.entry("unknown", "Linkki ei ole voimassa. Se on voinut korvautua uudemmalla viestillä."),
                    Map.entry("leaveTitle", "Eroa"),
                    Map.entry("leaveText", "Haluatko lopettaa tilauksen? Osoitteesi poistetaan."),
                    Map.entry("leaveButton", "Eroa"),
                    Map.entry("left", "Olet eronnut, ja osoitteesi on poistettu.")),
            "sv", Map.ofEntries(
                    Map.entry("confirmTitle", "Bekräfta prenumerationen"),
                    Map.entry("confirmText", "Bekräfta att du vill få information om nya kompetensbehov i din region till den här adressen."),
                    Map.entry("confirmButton", "Bekräfta"),
                    Map.entry("confirmed", "Tack! Din prenumeration är bekräftad."),
                    Map.entry("alreadyConfirmed", "Din prenumeration är redan bekräftad."),
                    Map.entry("expired", "Länken har gått ut. Gå med igen så får du en ny länk."),
                    Map.entry("unknown", "Länken är inte giltig. Den kan ha ersatts av ett nyare meddelande."),
                    Map.entry("leaveTitle", "Lämna"),
                    Map.entry("leaveText", "Vill du avsluta prenumerationen? Din adress tas bort."),
                    Map.entry("leaveButton", "Lämna"),
                    Map.entry("left", "Du har lämnat, och din adress är borttagen.")),
            "en", Map.ofEntries(
                    Map.entry("confirmTitle", "Confirm your subscription"),
                    Map.entry("confirmText", "Confirm that you want to hear about new competence needs in your region at this address."),
                    Map.entry("confirmButton", "Confirm"),
                    Map.entry("confirmed", "Thank you! Your subscription is confirmed."),
                    Map.entry("alreadyConfirmed", "Your subscription is already confirmed."),
                    Map.entry("expired", "The link has expired. Join again to get a new one."),
                    Map.entry("unknown", "The link is not valid. A newer mail may have replaced it."),
                    Map.entry("leaveTitle", "Leave"),
                    Map.entry("leaveText", "Do you want to end your subscription? Your address will be removed."),
                    Map.entry("leaveButton", "Leave"),
                    Map.entry("left", "You have left, and your address has been removed.")));

    private LinkPages() {
    }

    static String text(@Nullable String language, String key) {
        return TEXTS.getOrDefault(language == null ? "fi" : language, TEXTS.get("fi")).get(key);
    }

    /** A page whose one button POSTs the token, so a mail scanner that follows links confirms or ends nothing. */
    static ResponseEntity<String> form(@Nullable String language, String prefix, String action, String token) {
        String body = "<p>" + escape(text(language, prefix + "Text")) + "</p>\n"
                + "<form method=\"post\" action=\"" + escape(action) + "\">\n"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">\n"
                + "<button type=\"submit\">" + escape(text(language, prefix + "Button")) + "</button>\n"
                + "</form>";
        return page(HttpStatus.OK, language, text(language, prefix + "Title"), body);
    }

    static ResponseEntity<String> message(HttpStatus status, @Nullable String language, String titleKey, String key) {
        return page(status, language, text(language, titleKey), "<p>" + escape(text(language, key)) + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, @Nullable String language, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + (language == null ? "fi" : language) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " – Osaava</title>\n"
                // the look of the portal and of the sign-in page: their stylesheet, served by this service
                + "<link rel=\"stylesheet\" href=\"/css/osaava.css\">\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">\n</head>\n<body>\n"
                + "<header class=\"site-header\">\n<div class=\"bar\"><span class=\"brand\">Osaava</span></div>\n</header>\n"
                + "<main id=\"main\" class=\"narrow\">\n<h1>" + escape(title) + "</h1>\n"
                + body + "\n</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
