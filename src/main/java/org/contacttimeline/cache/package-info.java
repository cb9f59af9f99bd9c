/**
 * The answer cache: every read of the API answered, revalidated (304) or served from memory against the data
 * version the database keeps, and labelled with an ETag and Cache-Control. Its only API is {@link
 * org.contacttimeline.cache.ReadFailover}, which a module that routes reads provides.
 */
package org.contacttimeline.cache;
