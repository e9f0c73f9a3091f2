package fi.osaava.notification.alert.email;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Cadence;

/**
 * The alert mails and digests in Finnish, Swedish and English, each as plain text and HTML. The layout is in
 * {@code templates/email/}, the words in {@code i18n/email_*.properties}: one place per language. This engine
 * is the mails' own, apart from Spring MVC's, so the web's settings (cache, prefix, message source) cannot
 * change a mail.
 */
@Component
public class EmailTemplates {

    private final SpringTemplateEngine engine;
    private final EmailWords words;
    private final AlertSkeletons skeletons = new AlertSkeletons(256);

    EmailTemplates() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/email");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // a missing Swedish word must show up as ??key_sv?? in tests, not silently in the server's language
        messages.setFallbackToSystemLocale(false);
        this.words = new EmailWords(messages);
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** Template names carry their extension: ".html" is HTML mode, ".txt" TEXT mode. */
    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/email/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * One alert. An unknown language is Finnish. The mails of one event, reason and language differ only in the
     * recipient's name and links, so they are rendered once with slots for those (see {@link AlertSkeletons}) and
     * each mail is that text with its own values put in, escaped as the template would have escaped them.
     */
    public RenderedEmail alert(AlertEvent event, AlertReason reason, String language, String recipientName,
                               EmailLinks links) {
        String lang = EmailWords.language(language);
        String name = recipientName.strip();
        return skeletons.get(new AlertSkeletons.Key(event, reason, lang, !name.isEmpty()), this::render)
                .fill(name, links.unsubscribe().toString(), links.preferences().toString());
    }

    /** The mail of {@code key}, rendered with the slots' markers for the name and the links. */
    private RenderedEmail render(AlertSkeletons.Key key) {
        return render(key.event(), key.reason(), key.lang(), key.named() ? AlertSkeletons.NAME : "",
                AlertSkeletons.UNSUBSCRIBE, AlertSkeletons.PREFERENCES);
    }

    /** The same mail rendered straight from the templates, without a skeleton: what a filled skeleton must equal. */
    RenderedEmail alertWithoutSkeleton(AlertEvent event, AlertReason reason, String language, String recipientName,
                                       EmailLinks links) {
        return render(event, reason, EmailWords.language(language), recipientName.strip(),
                links.unsubscribe().toString(), links.preferences().toString());
    }

    private RenderedEmail render(AlertEvent event, AlertReason reason, String lang, String name, String unsubscribe,
                                 String preferences) {
        EmailWords.Alert alert = words.alert(event, reason, lang);
        Context context = context(lang, name, unsubscribe, preferences);
        context.setVariable("alert", alert);
        String subject = words.text(lang, "subject." + event.topic().name(), alert.title());
        return new RenderedEmail(subject, engine.process("alert.txt", context), engine.process("alert.html", context));
    }

    int skeletonsHeld() {
        return skeletons.size();
    }

    /** A digest of the period from {@code firstDay} to {@code lastDay}, its alerts grouped by topic. */
    public RenderedEmail digest(List<DigestEntry> entries, Cadence cadence, LocalDate firstDay, LocalDate lastDay,
                                String language, String recipientName, EmailLinks links) {
        String lang = EmailWords.language(language);
        Map<Topic, List<DigestEntry>> byTopic = new EnumMap<>(Topic.class);
        entries.stream().sorted(Comparator.comparing(entry -> entry.event().occurredAt()))
                .forEach(entry -> byTopic.computeIfAbsent(entry.event().topic(), topic -> new java.util.ArrayList<>())
                        .add(entry));
        List<EmailWords.Group> groups = byTopic.entrySet().stream()
                .map(group -> new EmailWords.Group(words.text(lang, "topic." + group.getKey().name()),
                        group.getValue().size(),
                        group.getValue().stream().map(entry -> words.alert(entry.event(), entry.reason(), lang)).toList()))
                .toList();
        String period = words.period(lang, firstDay, lastDay);
        Context context = context(lang, recipientName.strip(), links.unsubscribe().toString(),
                links.preferences().toString());
        context.setVariable("groups", groups);
        context.setVariable("count", entries.size());
        context.setVariable("period", period);
        context.setVariable("cadence", cadence.name());
        String subject = words.text(lang, "digest.subject." + cadence.name(), period, entries.size());
        return new RenderedEmail(subject, engine.process("digest.txt", context), engine.process("digest.html", context));
    }

    private static Context context(String lang, String name, String unsubscribe, String preferences) {
        Context context = new Context(Locale.forLanguageTag(lang));
        context.setVariable("lang", lang);
        context.setVariable("name", name);
        context.setVariable("unsubscribe", unsubscribe);
        context.setVariable("preferences", preferences);
        return context;
    }
}
