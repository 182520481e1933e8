/**
 * The VM proper: everything that is neither ISA-specific nor a host tool.
 *
 * <p>Code here runs on the host (inside the image builder) and, compiled by Eremite itself, on the
 * target. It must not know any ISA: what two back ends share lives here, what only one needs lives
 * in its {@code jit-*} module.
 */
package org.eremite.vm;
