/** Merged-survey packages on the wire: safe ZIP reading, the manifest and its schema, part codecs, samples. */
package org.strata.web.survey;
