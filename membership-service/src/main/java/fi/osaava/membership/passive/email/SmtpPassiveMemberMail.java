package fi.osaava.membership.passive.email;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fi.osaava.membership.passive.PassiveMemberMail;
import fi.osaava.membership.passive.PassiveMemberProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Plain-text mails over SMTP, each with the RFC 8058 one-click leave headers, so a mail client can offer
 * "unsubscribe" that POSTs to the leave link without a login or cookies.
 */
@Component
class SmtpPassiveMemberMail implements PassiveMemberMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpPassiveMemberMail.class);

    private final JavaMailSender mail;
    private final PassiveMemberProperties properties;

    SmtpPassiveMemberMail(JavaMailSender mail, PassiveMemberProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public boolean askToConfirm(Recipient recipient, URI confirmationPage) {
        return send(recipient, MailText.askToConfirm(recipient.language(), recipient.ecosystemName(), confirmationPage,
                recipient.leaveLink()));
    }

    @Override
    public boolean tellAlreadyMember(Recipient recipient) {
        return send(recipient, MailText.alreadyMember(recipient.language(), recipient.ecosystemName(),
                recipient.leaveLink()));
    }

    private boolean send(Recipient recipient, MailText text) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(recipient.email());
            helper.setSubject(text.subject());
            helper.setText(text.body(), false);
            message.setHeader("List-Unsubscribe", "<" + recipient.leaveLink() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("X-Osaava-Passive-Member-Id", recipient.memberId());
            message.setHeader("Content-Language", recipient.language());
            mail.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            // the exception's message may name the address: only its type goes to the log
            log.warn("Mail to passive member {} failed: {}", recipient.memberId(), e.getClass().getSimpleName());
            return false;
        }
    }
}
