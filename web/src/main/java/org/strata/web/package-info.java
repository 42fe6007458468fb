/** The HTTP service: OGC API Features, the registry API, authentication, the command line and the wiring. */
package org.strata.web;
