@NullMarked
package fi.osaava.membership.ecosystem.web;

import org.jspecify.annotations.NullMarked;
