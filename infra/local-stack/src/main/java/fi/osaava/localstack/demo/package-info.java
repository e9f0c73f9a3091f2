/**
 * Demo organisations, offerings and needs for the local stack, loaded over the services' own HTTP APIs
 * from {@code demo/demo-data.json}.
 */
@NullMarked
package fi.osaava.localstack.demo;

import org.jspecify.annotations.NullMarked;
