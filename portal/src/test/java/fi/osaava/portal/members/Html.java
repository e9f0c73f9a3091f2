package fi.osaava.portal.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * A rendered page read as HTML (with Thymeleaf's own parser, AttoParser) and looked into with a small subset of CSS
 * selectors: tag, {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]}, joined by descendant spaces.
 */
public final class Html {

    private static final Pattern PART = Pattern.compile("([a-zA-Z0-9]+)|#([\\w-]+)|\\.([\\w-]+)|\\[([\\w-]+)(?:=([^\\]]*))?]");

    private final INestableNode root;

    private Html(INestableNode root) {
        this.root = root;
    }

    public static Html parse(String html) {
        try {
            Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
            return new Html(document);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The elements matching the selector, in document order. */
    public List<Html> select(String selector) {
        List<INestableNode> found = List.of(root);
        for (String step : selector.trim().split("\\s+")) {
            List<INestableNode> next = new ArrayList<>();
            for (INestableNode from : found) {
                descendants(from, step, next);
            }
            found = next.stream().distinct().toList();
        }
        return found.stream().map(Html::new).toList();
    }

    public Html first(String selector) {
        List<Html> found = select(selector);
        if (found.isEmpty()) {
            throw new AssertionError("nothing matches " + selector);
        }
        return found.get(0);
    }

    /** The text of the first element the selector matches, whitespace collapsed; empty when none matches. */
    public String text(String selector) {
        List<Html> found = select(selector);
        return found.isEmpty() ? "" : found.get(0).text();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return org.unbescape.html.HtmlEscape.unescapeHtml(text.toString()).replaceAll("\\s+", " ").strip();
    }

    public String attr(String name) {
        if (root instanceof Element element) {
            String value = element.getAttributeValue(name);
            return value == null ? "" : org.unbescape.html.HtmlEscape.unescapeHtml(value);
        }
        return "";
    }

    public List<String> attrs(String selector, String name) {
        return select(selector).stream().map(found -> found.attr(name)).toList();
    }

    private static void collect(INode node, StringBuilder text) {
        if (node instanceof Text piece) {
            text.append(piece.getContent());
        } else if (node instanceof INestableNode nested) {
            for (INode child : nested.getChildren()) {
                collect(child, text);
            }
            if (node instanceof Element) {
                text.append(' ');
            }
        }
    }

    private static void descendants(INestableNode from, String step, List<INestableNode> into) {
        for (INode child : from.getChildren()) {
            if (child instanceof Element element) {
                if (matches(element, step)) {
                    into.add(element);
                }
                descendants(element, step, into);
            }
        }
    }

    private static boolean matches(Element element, String step) {
        Matcher part = PART.matcher(step);
        int at = 0;
        while (part.find()) {
            if (part.start() != at) {
                throw new IllegalArgumentException("selector not understood: " + step);
            }
            at = part.end();
            Map<String, String> attributes = element.getAttributeMap();
            if (part.group(1) != null && !element.getElementName().equalsIgnoreCase(part.group(1))) {
                return false;
            }
            if (part.group(2) != null && !part.group(2).equals(attributes.get("id"))) {
                return false;
            }
            if (part.group(3) != null && !List.of(attributes.getOrDefault("class", "").split("\\s+"))
                    .contains(part.group(3))) {
                return false;
            }
            if (part.group(4) != null && (!attributes.containsKey(part.group(4))
                    || part.group(5) != null && !part.group(5).equals(attributes.get(part.group(4))))) {
                return false;
            }
        }
        if (at != step.length()) {
            throw new IllegalArgumentException("selector not understood: " + step);
        }
        return true;
    }
}
