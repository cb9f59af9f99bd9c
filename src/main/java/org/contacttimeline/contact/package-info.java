/**
 * Contacts as the API reads them: the one query engine for meetings and delegation visits (filters, keyset pages,
 * exports, nested lists), and the shapes it answers with.
 */
package org.contacttimeline.contact;
