@NullMarked
package fi.osaava.membership.identity.web;

import org.jspecify.annotations.NullMarked;
