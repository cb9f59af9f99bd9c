/**
 * What every endpoint shares: RFC 9457 problems, strict query-parameter parsing, keyset cursors and pages, CORS.
 */
package org.contacttimeline.web;
