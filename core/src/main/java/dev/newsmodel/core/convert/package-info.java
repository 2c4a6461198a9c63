/**
 * What a conversion from or to another format reports: the {@link dev.newsmodel.core.convert.Conversion}
 * result, its {@link dev.newsmodel.core.convert.ConversionProblem problems} and the one catalogue of
 * their {@link dev.newsmodel.core.convert.ConversionCode codes}, shared by every interop module (HTML
 * import, schema.org JSON-LD, IPTC ninjs, feeds) and the command line.
 *
 * <p>A conversion never invents a fact and never drops one silently: what the target cannot hold is a
 * {@linkplain dev.newsmodel.core.convert.ConversionProblem.Severity#WARNING warning} naming where it was,
 * and input that cannot become the target at all is an
 * {@linkplain dev.newsmodel.core.convert.ConversionProblem.Severity#ERROR error} with no value.
 */
@NullMarked
package dev.newsmodel.core.convert;

import org.jspecify.annotations.NullMarked;
