/**
 * Organizations: the ministries, parties and news agencies in which officials hold positions and whom sources relay.
 */
package org.contacttimeline.organization;
