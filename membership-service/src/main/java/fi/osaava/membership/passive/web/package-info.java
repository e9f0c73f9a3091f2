@NullMarked
package fi.osaava.membership.passive.web;

import org.jspecify.annotations.NullMarked;
