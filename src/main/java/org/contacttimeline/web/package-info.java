/**
 * HTTP conventions every endpoint shares: RFC 9457 problems (one advice, and the container's own errors), query
 * parameters declared once and read strictly, pages with keyset cursors, formats, CORS, request ids and size limits.
 */
package org.contacttimeline.web;
