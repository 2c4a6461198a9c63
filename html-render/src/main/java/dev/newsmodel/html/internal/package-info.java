/**
 * The HTML renderer's implementation, behind the public {@code dev.newsmodel.html} API: the settings
 * value ({@link dev.newsmodel.html.internal.RenderSettings}), the per-document state
 * ({@link dev.newsmodel.html.internal.Rendering}) and one class per concern — document and article
 * layout, page head, body, default components, language scope, times — over the unchecked writer
 * ({@link dev.newsmodel.html.internal.Markup}) that {@code HtmlWriter} checks for components; with
 * the encoder, the URL allowlist, text direction, and the phrase templates and their built-in
 * resource files. Not exported by the module; not an API.
 */
@NullMarked
package dev.newsmodel.html.internal;

import org.jspecify.annotations.NullMarked;
