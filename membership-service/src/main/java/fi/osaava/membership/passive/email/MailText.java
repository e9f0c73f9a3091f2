package fi.osaava.membership.passive.email;

import java.net.URI;

/** The words of the passive members' mails in Finnish, Swedish and English (anything else: English). */
record MailText(String subject, String body) {

    static MailText askToConfirm(String language, String ecosystem, URI confirmationPage, URI leaveLink) {
        return switch (language) {
            case "fi" -> new MailText("Vahvista tilauksesi: " + ecosystem, """
                    Hei,

                    tällä osoitteella pyydettiin liittymistä oppimisekosysteemin %s passiiviseksi jäseneksi: \
                    saisit tiedon alueesi uusista osaamistarpeista, jotka vastaavat kiinnostuksen kohteitasi.

                    Vahvista tilaus avaamalla linkki ja painamalla sivun painiketta:
                    %s

                    Jos et pyytänyt tätä, älä tee mitään: ilman vahvistusta emme lähetä sinulle mitään.

                    Poista osoitteesi heti: %s
                    """.formatted(ecosystem, confirmationPage, leaveLink));
            case "sv" -> new MailText("Bekräfta din prenumeration: " + ecosystem, """
                    Hej,

                    med den här adressen begärdes passivt medlemskap i lärande ekosystemet %s: du skulle få \
                    veta om nya kompetensbehov i din region som motsvarar dina intressen.

                    Bekräfta genom att öppna länken och trycka på knappen på sidan:
                    %s

                    Om du inte begärde detta, gör ingenting: utan bekräftelse skickar vi dig inget.

                    Ta bort din adress genast: %s
                    """.formatted(ecosystem, confirmationPage, leaveLink));
            default -> new MailText("Confirm your subscription: " + ecosystem, """
                    Hello,

                    this address was used to join the learning ecosystem %s as a passive member: you would hear \
                    about new competence needs in your region that match your interests.

                    To confirm, open the link and press the button on the page:
                    %s

                    If you did not ask for this, do nothing: without confirmation we send you nothing.

                    Remove your address right away: %s
                    """.formatted(ecosystem, confirmationPage, leaveLink));
        };
    }

    static MailText alreadyMember(String language, String ecosystem, URI leaveLink) {
        return switch (language) {
            case "fi" -> new MailText("Olet jo jäsen: " + ecosystem, """
                    Hei,

                    tällä osoitteella pyydettiin liittymistä oppimisekosysteemiin %s, mutta osoite on jo \
                    sen passiivinen jäsen. Sinun ei tarvitse tehdä mitään.

                    Jos haluat muuttaa kiinnostuksen kohteitasi, eroa ja liity uudelleen.
                    Eroa: %s
                    """.formatted(ecosystem, leaveLink));
            case "sv" -> new MailText("Du är redan medlem: " + ecosystem, """
                    Hej,

                    med den här adressen begärdes medlemskap i lärande ekosystemet %s, men adressen är redan \
                    passiv medlem. Du behöver inte göra något.

                    Vill du ändra dina intressen, lämna och gå med igen.
                    Lämna: %s
                    """.formatted(ecosystem, leaveLink));
            default -> new MailText("You are already subscribed: " + ecosystem, """
                    Hello,

                    this address was used to join the learning ecosystem %s, but it is a passive member \
                    already. You need not do anything.

                    To change your interests, leave and join again.
                    Leave: %s
                    """.formatted(ecosystem, leaveLink));
        };
    }
}
