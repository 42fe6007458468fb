/** The demo identity provider: local demo people for offline use, never enabled beside a production provider. */
package org.strata.data.identity;
