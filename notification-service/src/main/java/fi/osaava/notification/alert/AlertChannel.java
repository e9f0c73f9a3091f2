package fi.osaava.notification.alert;

import fi.osaava.notification.subscription.Channel;

/**
 * Where an alert goes out: e-mail, a signed webhook or the alerts topic. Sends the delivery to one of its
 * addresses; throws when it did not go out ({@link EndpointGoneException} when it never will).
 */
public interface AlertChannel {

    Channel channel();

    void send(Delivery delivery, Addressee addressee);
}
