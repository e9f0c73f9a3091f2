package fi.osaava.notification.recipient.web;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The coordinator's view of the directory ({@link fi.osaava.notification.recipient.RecipientAccess}). */
@RestController
@RequestMapping("/api/recipients")
@Tag(name = "Recipients")
class RecipientController {

    private final RecipientDirectory directory;

    RecipientController(RecipientDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The recipient directory as built from membership events")
    List<Recipient> list(Pageable page) {
        return directory.all(page);
    }
}
