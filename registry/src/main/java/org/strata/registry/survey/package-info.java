/**
 * Merged surveying (多测合一): projects, one commission per stage to one firm, the combined survey package and
 * its checks on arrival, department views, review and reuse at registration, quality inspection and firm credit.
 */
package org.strata.registry.survey;
