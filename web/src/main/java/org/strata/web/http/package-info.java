/** HTTP plumbing shared by every resource: the server's construction, JSON error pages, path guards, headers. */
package org.strata.web.http;
