/** Database set-up: the embedded MariaDB for one-command starts and tests, and clear start-up failures. */
@NullMarked
package org.continuityacademy.base.db;

import org.jspecify.annotations.NullMarked;
