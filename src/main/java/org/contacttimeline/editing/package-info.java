/**
 * The write protocol every editor follows: a resource locked at the version the editor read (If-Match), slugs made
 * and checked, a write run again when it lost a race, and the version a resource answers with.
 */
package org.contacttimeline.editing;
