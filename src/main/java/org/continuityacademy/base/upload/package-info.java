/** The size limit of every upload, enforced on the server: before a request's body is read, and while it streams. */
@NullMarked
package org.continuityacademy.base.upload;

import org.jspecify.annotations.NullMarked;
