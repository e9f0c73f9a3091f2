@NullMarked
package fi.osaava.catalogue.contact.messaging;

import org.jspecify.annotations.NullMarked;
