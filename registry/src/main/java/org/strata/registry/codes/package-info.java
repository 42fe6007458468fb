/** National code tables (land use, counties), each a resource file with its source and edition. */
package org.strata.registry.codes;
