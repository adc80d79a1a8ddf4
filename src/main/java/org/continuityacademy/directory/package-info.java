/** The people: departments, employees from HR's list, and the accounts they sign in with. */
@NullMarked
package org.continuityacademy.directory;

import org.jspecify.annotations.NullMarked;
