/**
 * Analytics of contacts: counts over time ({@code /stats}, from a rollup kept by the database) and the contact
 * network ({@code /network}, with centrality measures), for the same filters as the lists.
 */
package org.contacttimeline.analytics;
