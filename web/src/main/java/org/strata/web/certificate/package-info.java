/**
 * Electronic certificates (电子证照): the PDF document of a certificate or proof with a QR code to its verification
 * page, kept as issued, and the endpoints that verify it (anyone) and download it (its holders and officers).
 */
package org.strata.web.certificate;
