@NullMarked
package fi.osaava.catalogue.network.web;

import org.jspecify.annotations.NullMarked;
