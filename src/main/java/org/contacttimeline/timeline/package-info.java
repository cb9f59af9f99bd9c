/**
 * The timeline: meetings and delegation visits in one chronological list, all a frontend needs to draw it.
 */
package org.contacttimeline.timeline;
