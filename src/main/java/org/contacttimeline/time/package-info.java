/**
 * How precisely a meeting's or a delegation's dates are known, shared by every dated feature.
 */
package org.contacttimeline.time;
