/**
 * Officials, the organizations they serve in, and the positions they held over time.
 */
package org.contacttimeline.official;
