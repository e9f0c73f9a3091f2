package fi.osaava.portal.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Just enough of a rendered page to assert on: a part of it, a cell of a reach row, its text, an attribute's values. */
final class Html {

    private Html() {
    }

    /** From the tag holding {@code marker} to the first {@code end} after it. */
    static String element(String page, String marker, String end) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("no " + marker + " in the page");
        }
        int start = page.lastIndexOf('<', at);
        int stop = page.indexOf(end, at);
        return page.substring(start, stop + end.length());
    }

    /** The {@code td.<cell>} of the reach row of {@code organisationId}. */
    static String cell(String page, String organisationId, String cell) {
        String row = element(page, "data-organisation=\"" + organisationId + "\"", "</tr>");
        return element(row, "<td class=\"" + cell + "\"", "</td>");
    }

    static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
    }

    static List<String> values(String html, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return values;
    }
}
