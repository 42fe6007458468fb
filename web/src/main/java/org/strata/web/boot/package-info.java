/** Start-up: the command line, the settings, and the one place where the service is wired together. */
package org.strata.web.boot;
