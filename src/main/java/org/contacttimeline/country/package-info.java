/**
 * Countries (ISO 3166-1) and the resolution of the codes users type into them.
 */
package org.contacttimeline.country;
