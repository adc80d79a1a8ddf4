/** Views of the directory: employees, the manager's team, and accounts for administrators. */
@NullMarked
package org.continuityacademy.directory.ui;

import org.jspecify.annotations.NullMarked;
