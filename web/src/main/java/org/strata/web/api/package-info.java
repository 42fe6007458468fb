/** The registry API, the health check, and the mapping of every failure to a JSON error with a stable code. */
package org.strata.web.api;
