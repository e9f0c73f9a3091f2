@NullMarked
package fi.osaava.membership.organisation.web;

import org.jspecify.annotations.NullMarked;
