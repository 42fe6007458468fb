/** Real-estate unit codes of GB/T 37346 and their code tables. */
package org.strata.registry.unit;
