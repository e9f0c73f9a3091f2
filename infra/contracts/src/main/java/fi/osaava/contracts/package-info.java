/**
 * Event contracts of the Osaava platform: JSON Schemas, example payloads and a small validation API
 * ({@link fi.osaava.contracts.EventContracts}) for the tests of the services.
 */
@org.jspecify.annotations.NullMarked
package fi.osaava.contracts;
