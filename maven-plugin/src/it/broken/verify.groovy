// Schema errors fail the build; every problem is one located line at the level of its (re-graded) severity.
def log = new File(basedir, 'build.log').text
def lines = [
  '[INFO] src/main/articles/reference-article.json:1:1: info byline-missing at /bylines: The news article has no byline; credit its author, correspondent or agency.',
  "[ERROR] src/main/articles/reference-article.json:19:20: error image-license-missing at /leadImage/attribution/license: The image has no licence; name one (an SPDX id such as 'CC-BY-SA-4.0') or a copyright holder's terms.",
  '[ERROR] src/main/articles/schema-errors.json:4:15: error schema.type at /revision: Expected a whole number, but found the string "one".',
  '[ERROR] src/main/articles/schema-errors.json:7:15: error schema.type at /headline: Expected a string, but found the number 42.',
  '[ERROR] src/main/articles/schema-errors.json:95:13: error schema.additionalProperties at /colour: Expected only the properties the schema defines here, but found the unknown property "colour".',
  '[INFO] 3 files: 1 valid, 2 invalid, 0 not read; 5 problems (4 errors, 0 warnings, 1 info)',
  '[INFO] BUILD FAILURE',
]
lines.each { assert log.contains(it) : "build.log lacks: $it" }
assert log.contains('on project broken: 4 errors, 0 warnings in 2 files; see the lines above or ')
assert !log.contains('clean.json:')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['byline-missing', 'image-license-missing', 'schema.type', 'schema.type', 'schema.additionalProperties']
assert results*.level == ['note', 'error', 'error', 'error', 'error']
def location = results[3].locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/articles/schema-errors.json'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 7 && location.region.startColumn == 15
assert results[3].properties.jsonPointer == '/headline'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.json'))
assert json.files*.status == ['valid', 'invalid', 'invalid']
assert json.summary.errors == 4 && json.summary.infos == 1 && json.summary.exitCode == 1

// A failed file is never recorded as clean; the clean one is.
def cache = new File(basedir, 'target/newsmodel/validate.cache').readLines()
assert cache.size() == 3
assert cache[2].endsWith(' src/main/articles/clean.json')
