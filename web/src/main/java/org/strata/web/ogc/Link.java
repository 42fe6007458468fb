package org.strata.web.ogc;

/**
 * A link of the OGC API: target, relation, media type and title.
 *
 * @param href the target URI
 * @param rel the relation (self, alternate, next, ...)
 * @param type the media type of the target
 * @param title a title for people
 */
public record Link(String href, String rel, String type, String title) {}
