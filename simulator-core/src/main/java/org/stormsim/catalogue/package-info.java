/**
 * The reference data built into the jar, on the ground floor: the 184 GBCS alert codes and the
 * DCC alert AD1, the 129 DUIS Service Request variants with their flags and eligible roles, and the
 * Service Level categories a Target Response Time is set for. Immutable; any thread.
 */
package org.stormsim.catalogue;
