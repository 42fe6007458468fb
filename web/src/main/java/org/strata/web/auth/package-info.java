/** Authentication: signed bearer tokens, the token endpoint of the demo identity provider, and the request filter. */
package org.strata.web.auth;
