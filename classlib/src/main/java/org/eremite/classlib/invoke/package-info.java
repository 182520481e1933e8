/** What the JDK's VarHandle calls become in the guest (static calls over Magic; see the image builder). */
package org.eremite.classlib.invoke;
