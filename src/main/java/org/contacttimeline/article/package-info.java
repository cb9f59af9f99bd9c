/**
 * Articles: a news report's text read for the contacts it reports, each proposed with the quotes that support every
 * field, into the candidates' review queue.
 */
package org.contacttimeline.article;
