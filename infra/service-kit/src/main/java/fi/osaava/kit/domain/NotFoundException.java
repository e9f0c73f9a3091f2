package fi.osaava.kit.domain;

/** An id in the path names nothing here: answered as 404 problem details. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
