package fi.osaava.notification.alert;

/**
 * Where an alert goes out: e-mail now, signed webhooks later. Sends the delivery to one of its
 * addresses; throws when it did not go out.
 */
public interface AlertChannel {

    void send(Delivery delivery, String address);
}
