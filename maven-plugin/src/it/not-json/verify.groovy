// A file that is not JSON: a located syntax error, no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/articles/notes.json:1:1: error json.syntax at (root): Expected a JSON value (a string in double quotes, a number, an object, an array, true, false or null), but found "These".')
assert log.contains('on project not-json: 1 error, 0 warnings in 1 file; see the lines above or ')
// No stack trace: the invoker runs without -e, so any trace would be the plugin's own.
assert !log.readLines().any { it.trim().startsWith('at ') || it.startsWith('Caused by') }
