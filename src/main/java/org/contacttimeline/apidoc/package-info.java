/**
 * The API document (OpenAPI 3.0 at /v3/api-docs, Swagger UI): what every operation takes and answers, drawn from
 * the controllers and from the one declaration of each query parameter.
 */
package org.contacttimeline.apidoc;
