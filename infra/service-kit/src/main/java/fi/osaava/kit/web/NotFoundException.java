package fi.osaava.kit.web;

/** An id in the path names nothing here: answered as 404 problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
