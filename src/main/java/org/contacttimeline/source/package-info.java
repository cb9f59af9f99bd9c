/**
 * Sources and the citations that tie each fact to the quote supporting it.
 */
package org.contacttimeline.source;
