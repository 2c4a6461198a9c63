// Three runs (invoker.properties): all checked, both skipped as unchanged, all checked again when forced.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.startsWith('[INFO] 2 files: ') }
assert summaries == [
  '[INFO] 2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)',
  '[INFO] 2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info); 2 files unchanged since the last check, skipped',
  '[INFO] 2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)',
] : summaries.join('\n')
def cache = new File(basedir, 'target/newsmodel/validate.cache').readLines()
assert cache[0].startsWith('# newsmodel validate')
assert cache[1] ==~ /config [0-9a-f]{64}/
assert cache.drop(2).collect { it.substring(65) } == ['src/main/articles/harbour-ferry.json', 'src/main/articles/night-trams.json']
// A skipped file is still in the reports, as valid.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.json'))
assert json.summary.files == 2 && json.summary.valid == 2
