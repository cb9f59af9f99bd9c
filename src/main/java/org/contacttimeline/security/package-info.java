/**
 * Who may write: reads are public, writes need an editor configured by the operator (HTTP Basic).
 */
package org.contacttimeline.security;
