package fi.osaava.notification.alert;

import org.springframework.stereotype.Component;

import fi.osaava.kit.event.EventJson;
import fi.osaava.notification.alert.email.EmailLinks;
import fi.osaava.notification.alert.email.EmailTemplates;
import fi.osaava.notification.alert.email.RenderedEmail;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.SignedLinks;
import fi.osaava.notification.subscription.Subscription;

/** Renders an alert once, when its delivery is recorded: the e-mail in the subscriber's language, or the JSON. */
@Component
class AlertContents {

    private final EmailTemplates templates;
    private final SignedLinks links;

    AlertContents(EmailTemplates templates, SignedLinks links) {
        this.templates = templates;
        this.links = links;
    }

    Delivery.Content render(String deliveryId, AlertEvent event, Subscription subscription, AlertReason reason) {
        if (subscription.channel() == Channel.EMAIL) {
            EmailLinks emailLinks = linksOf(subscription);
            RenderedEmail email = templates.alert(event, reason, subscription.language(), subscription.ownerName(),
                    emailLinks);
            return new Delivery.Content(email.subject(), email.text(), email.html(), emailLinks.unsubscribe().toString(),
                    null);
        }
        AlertPayload payload = AlertPayload.of(deliveryId, subscription.id(), subscription.ownerId(), event, reason);
        return new Delivery.Content(event.topic() + " " + event.title(subscription.language()), "", null, null,
                EventJson.write(payload));
    }

    EmailLinks linksOf(Subscription subscription) {
        return new EmailLinks(links.unsubscribeUrl(subscription.id()), links.preferencesUrl(subscription.id()));
    }

    Addressee addresseeOf(Subscription subscription) {
        return subscription.channel() == Channel.EMAIL
                ? Addressee.of(subscription.address(), subscription.contactPersonId())
                : Addressee.endpoint(subscription.address());
    }
}
