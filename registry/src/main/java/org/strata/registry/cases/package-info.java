/** Registration cases: application checks, the workflow from submission to recording, and the rules with legal effect. */
package org.strata.registry.cases;
