/**
 * The mark a build keeps in its output folder while it runs
 * (src/integrations/output-in-place.ts): the build writes over the last
 * build's output, and what is older than the mark is what that left. A
 * folder that still holds the mark is the output of a build that did not
 * finish (old and new files mixed), which a deploy refuses
 * (scripts/deploy/verify.ts).
 */
export const BUILD_MARK = '.build-started';
