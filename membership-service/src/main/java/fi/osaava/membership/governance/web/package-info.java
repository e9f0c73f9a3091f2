@NullMarked
package fi.osaava.membership.governance.web;

import org.jspecify.annotations.NullMarked;
