/**
 * Helpers of the HTML renderer: phrase templates, the URL allowlist and text direction. Not exported
 * by the module; not an API.
 */
@NullMarked
package dev.newsmodel.html.internal;

import org.jspecify.annotations.NullMarked;
