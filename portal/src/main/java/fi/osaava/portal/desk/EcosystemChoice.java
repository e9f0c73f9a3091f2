package fi.osaava.portal.desk;

import java.util.List;

/**
 * The ecosystems a desk page may show and the one it shows ({@code ?ecosystem=}, else the first). With one
 * ecosystem the page offers no chooser.
 */
public record EcosystemChoice(List<DeskEcosystem> ecosystems, DeskEcosystem current) {

    public boolean offersChoice() {
        return ecosystems.size() > 1;
    }
}
