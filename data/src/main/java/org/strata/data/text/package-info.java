/** The stores' text encodings of cases and survey records: sealed key-value text, read back exactly. */
package org.strata.data.text;
