package fi.osaava.notification.alert;

/** Where an alert goes out: e-mail now, signed webhooks later. Throws when the delivery did not go out. */
public interface AlertChannel {

    void send(Delivery delivery);
}
