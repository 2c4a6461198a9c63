/**
 * The goals of {@code newsmodel-maven-plugin}: {@link dev.newsmodel.maven.ValidateMojo validate} checks
 * article JSON in the build, {@link dev.newsmodel.maven.RenderMojo render} writes a static site of it.
 * The module's README lists every parameter.
 */
package dev.newsmodel.maven;
