/** The administrator's view of the audit trail. */
@NullMarked
package org.continuityacademy.audit.ui;

import org.jspecify.annotations.NullMarked;
