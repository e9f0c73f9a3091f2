package fi.osaava.catalogue.contact;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Removes an erased person from every catalogue item that names them as its contact: each feature that holds
 * contacts ({@link ContactHolder}) erases them from its own documents.
 */
@Service
public class ContactErasure {

    private static final Logger log = LoggerFactory.getLogger(ContactErasure.class);

    private final List<ContactHolder> holders;

    ContactErasure(List<ContactHolder> holders) {
        this.holders = List.copyOf(holders);
    }

    public long erase(ContactErased erased) {
        long changed = 0;
        for (ContactHolder holder : holders) {
            changed += holder.eraseContact(erased.emailSha256());
        }
        log.info("Erased contact person {} from {} catalogue item(s)", erased.contactPersonId(), changed);
        return changed;
    }
}
