/**
 * The register journal: every recorded event, with its case, appended and fsynced to a file of its own before a
 * recording is answered, so a store that is lost or damaged can be rebuilt from a backup and the journal.
 */
package org.strata.data.journal;
